package vn.hoptac.campaign.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.hoptac.contracts.EventTypes.Campaigns;
import vn.hoptac.launcher.LocalStore;
import vn.hoptac.launcher.Ports;
import vn.hoptac.launcher.ServiceProcess;
import vn.hoptac.plumbing.events.EventJson;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.Http.Response;
import vn.hoptac.testsupport.IssuerClient;
import vn.hoptac.testsupport.KafkaTestConsumer;
import vn.hoptac.testsupport.TestInfrastructure;

/**
 * The seeds' Bắc Giang 2022 through the running registry and campaign jars on real Kafka and the store,
 * for the alliance of Bắc Ninh (24), which since 2025 keeps the former Bắc Giang's records (former
 * province 24): a whole-year target of 57 new cooperatives is reached in the first half by the 57th
 * registration, and the campaign topic tells it: one {@code target.progressed} per cooperative, then
 * {@code target.reached} naming the 57th.
 */
class BacGiangTargetsScenarioIT {

    static final String PREFIX = "bg24.";

    @TempDir
    Path work;
    IssuerClient tokens;
    String issuerUrl;

    @Test
    void theFiftySeventhRegistrationOfTheFirstHalfReachesTheWholeYearsPlan() {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        TargetProgressIT.createTopics(PREFIX);
        LocalStore store = LocalStore.inMemory(work.resolve("store"), Ports.freePort()).start();
        int issuerPort = Ports.freePort();
        issuerUrl = "http://127.0.0.1:" + issuerPort;
        ServiceProcess issuer = start("issuer", issuerPort, Map.of("HOPTAC_ISSUER_URL", issuerUrl,
                "HOPTAC_ISSUER_PROVINCES", "24"));
        tokens = new IssuerClient(issuerUrl, "demo");
        int registryPort = Ports.freePort();
        int campaignPort = Ports.freePort();
        ServiceProcess registry = service("registry", registryPort, store, infrastructure);
        ServiceProcess campaigns = service("campaign", campaignPort, store, infrastructure);
        try {
            Http registryApi = new Http("http://127.0.0.1:" + registryPort).as(bearer("VIEWER"));
            Http campaignApi = new Http("http://127.0.0.1:" + campaignPort).as(bearer("VIEWER"));
            String plan = issuedPlan(campaignApi);
            Response set = campaignApi.post("/api/v1/targets", """
                    {"planId": "%s", "indicatorId": "registry.cooperatives-founded", "windowFrom": "2022-01-01",
                     "windowTo": "2022-12-31", "atLeast": 57, "on": "2022-01-10"}""".formatted(plan),
                    "Authorization", bearer("CAMPAIGN_OFFICER"));
            assertThat(set.status()).as(set.raw().body()).isEqualTo(201);
            String target = set.header("Location");

            String last = null;
            for (int i = 1; i <= 57; i++) {
                Response registered = registryApi.post("/api/v1/organisations", """
                        {"registrationCode": "2400%06d", "name": "Hợp tác xã vải thiều Lục Ngạn %d", "type": "COOPERATIVE",
                         "sector": "AGRICULTURE", "provinceCode": "24", "formerProvinceCode": "24", "commune": "Lục Ngạn",
                         "foundedOn": "%s", "membersCount": 7, "workersCount": 10}"""
                        .formatted(i, i, LocalDate.of(2022, 1, 3).plusDays(i * 3L)), "Authorization", bearer("REGISTRY_OFFICER"));
                assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
                assertThat(registered.text("formerProvinceCode")).isEqualTo("24");
                last = registered.text("id");
            }
            String fiftySeventh = last;

            Eventually.await("the target reached", Duration.ofSeconds(90),
                    () -> campaignApi.get(target).json().get("reached").asBoolean());
            JsonNode reachedBy = campaignApi.get(target).json().get("reachedBy");
            assertThat(reachedBy.get("eventSubject").asString()).isEqualTo(fiftySeventh);
            assertThat(LocalDate.parse(reachedBy.get("on").asString())).isBefore(LocalDate.of(2022, 7, 1));
            assertThat(campaignApi.get(target + "/progress?asOf=2022-06-30").json().get("actual").asLong()).isEqualTo(57);

            String targetId = target.substring(target.lastIndexOf('/') + 1);
            var records = new KafkaTestConsumer().readUntil(PREFIX + "campaigns.events", all -> all.stream()
                    .anyMatch(r -> targetId.equals(r.key()) && Campaigns.TARGET_REACHED.equals(KafkaTestConsumer.header(r, "ce_type"))),
                    Duration.ofSeconds(60)).stream().filter(r -> targetId.equals(r.key())).toList();
            List<String> types = records.stream().map(r -> KafkaTestConsumer.header(r, "ce_type")).toList();
            assertThat(types).startsWith(Campaigns.TARGET_SET).endsWith(Campaigns.TARGET_REACHED);
            assertThat(types).filteredOn(Campaigns.TARGET_PROGRESSED::equals).hasSize(57);
            JsonNode reached = EventJson.mapper().readTree(records.get(records.size() - 1).value());
            assertThat(reached.get("eventSubject").asString()).isEqualTo(fiftySeventh);
            assertThat(reached.get("provinceCode").asString()).isEqualTo("24");
            assertThat(reached.get("actual").asLong()).isEqualTo(57);
        } finally {
            campaigns.stop();
            registry.stop();
            issuer.stop();
            store.stop();
        }
    }

    private String issuedPlan(Http campaignApi) {
        Response drafted = campaignApi.post("/api/v1/plans", """
                {"kind": "ANNUAL_WORK_PLAN", "title": "Kế hoạch phát triển kinh tế tập thể tỉnh Bắc Giang năm 2022",
                 "periodFrom": "2022-01-01", "periodTo": "2022-12-31", "on": "2022-01-04"}""",
                "Authorization", bearer("CAMPAIGN_OFFICER"));
        assertThat(drafted.status()).as(drafted.raw().body()).isEqualTo(201);
        String plan = drafted.text("id");
        Response issued = campaignApi.post("/api/v1/plans/" + plan + "/issue", """
                {"number": "15/KH-LMHTX", "issuedOn": "2022-01-05"}""", "Authorization", bearer("CAMPAIGN_OFFICER"),
                "If-Match", "\"1\"");
        assertThat(issued.status()).as(issued.raw().body()).isEqualTo(200);
        return plan;
    }

    private ServiceProcess service(String name, int port, LocalStore store, TestInfrastructure infrastructure) {
        return start(name, port, Map.of("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                "MONGODB_URI", store.uri(name), "HOPTAC_ALLIANCE_PROVINCE_CODE", "24", "HOPTAC_TOPICS_PREFIX", PREFIX,
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuerUrl));
    }

    private ServiceProcess start(String name, int port, Map<String, String> environment) {
        String jar = System.getProperty(name + ".jar");
        assertThat(jar).as("the %s jar's path (failsafe sets it)", name).isNotNull();
        Map<String, String> all = new HashMap<>(environment);
        all.put("SERVER_PORT", Integer.toString(port));
        ServiceProcess process = new ServiceProcess(name, Path.of(jar), all, Map.of(),
                work.resolve(name + "-" + System.nanoTime() + ".log"));
        process.start().awaitReady(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"), Duration.ofSeconds(120));
        return process;
    }

    private String bearer(String role) {
        return tokens.bearer(role.toLowerCase(Locale.ROOT).replace('_', '-') + "-24");
    }
}
