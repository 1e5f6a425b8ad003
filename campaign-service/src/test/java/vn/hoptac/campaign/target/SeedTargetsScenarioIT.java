package vn.hoptac.campaign.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The seeds' targets through the running issuer, registry and campaign jars on real Kafka and the
 * store, each alliance on its own prefixed topics: Bắc Giang 2022 (the alliance of Bắc Ninh, 24, which
 * keeps the former Bắc Giang's records since 2025) reaches its whole year's 57 new cooperatives with
 * the 57th registration of the first half; Thái Nguyên 2019 (19) plans 30–35 new cooperatives, at least
 * 25 of them agricultural.
 */
class SeedTargetsScenarioIT {

    @TempDir
    Path work;

    @Test
    void bacGiang2022TheFiftySeventhRegistrationOfTheFirstHalfReachesTheWholeYearsPlan() {
        try (Deployment alliance = new Deployment("24", "bg24.")) {
            String plan = alliance.issuedPlan("Kế hoạch phát triển kinh tế tập thể tỉnh Bắc Giang năm 2022", 2022);
            String target = alliance.target(plan, "{}", 2022, 57, null);

            String fiftySeventh = null;
            for (int i = 1; i <= 57; i++) {
                // records under the former Bắc Giang (24), founded 6 January to 21 June
                fiftySeventh = alliance.register(i, "AGRICULTURE", "24", LocalDate.of(2022, 1, 3).plusDays(i * 3L));
            }

            Eventually.await("the target reached", Duration.ofSeconds(90),
                    () -> alliance.campaigns.get(target).json().get("reached").asBoolean());
            JsonNode reachedBy = alliance.campaigns.get(target).json().get("reachedBy");
            assertThat(reachedBy.get("eventSubject").asString()).isEqualTo(fiftySeventh);
            assertThat(LocalDate.parse(reachedBy.get("on").asString())).isBefore(LocalDate.of(2022, 7, 1));
            assertThat(alliance.campaigns.get(target + "/progress?asOf=2022-06-30").json().get("actual").asLong()).isEqualTo(57);

            String targetId = target.substring(target.lastIndexOf('/') + 1);
            var records = new KafkaTestConsumer().readUntil(alliance.prefix + "campaigns.events", all -> all.stream()
                    .anyMatch(r -> targetId.equals(r.key()) && Campaigns.TARGET_REACHED.equals(KafkaTestConsumer.header(r, "ce_type"))),
                    Duration.ofSeconds(60)).stream().filter(r -> targetId.equals(r.key())).toList();
            List<String> types = records.stream().map(r -> KafkaTestConsumer.header(r, "ce_type")).toList();
            assertThat(types).startsWith(Campaigns.TARGET_SET).endsWith(Campaigns.TARGET_REACHED);
            assertThat(types).filteredOn(Campaigns.TARGET_PROGRESSED::equals).hasSize(57);
            JsonNode reached = EventJson.mapper().readTree(records.get(records.size() - 1).value());
            assertThat(reached.get("eventSubject").asString()).isEqualTo(fiftySeventh);
            assertThat(reached.get("provinceCode").asString()).isEqualTo("24");
            assertThat(reached.get("actual").asLong()).isEqualTo(57);
        }
    }

    @Test
    void thaiNguyen2019ThirtyToThirtyFiveNewCooperativesOfWhichAtLeastTwentyFiveAgricultural() {
        try (Deployment alliance = new Deployment("19", "tn19.")) {
            String plan = alliance.issuedPlan("Kế hoạch công tác năm 2019 của Liên minh Hợp tác xã tỉnh Thái Nguyên", 2019);
            String range = alliance.target(plan, "{}", 2019, 30, 35L);
            String agricultural = alliance.target(plan, "{\"sector\": \"AGRICULTURE\"}", 2019, 25, null);

            for (int i = 1; i <= 33; i++) {
                alliance.register(i, i <= 26 ? "AGRICULTURE" : "TRADE_SERVICES", null, LocalDate.of(2019, 1, 20).plusDays(i * 9L));
            }
            Eventually.await("33 counted", Duration.ofSeconds(90), () -> alliance.actual(range) == 33);
            JsonNode within = alliance.campaigns.get(range + "/progress").json();
            assertThat(within.get("reached").asBoolean()).isTrue();
            assertThat(within.get("withinRange").asBoolean()).isTrue();
            Eventually.await("26 agricultural", Duration.ofSeconds(30), () -> alliance.actual(agricultural) == 26);
            assertThat(alliance.campaigns.get(agricultural).json().get("reached").asBoolean()).isTrue();

            for (int i = 34; i <= 36; i++) {
                alliance.register(i, "TRADE_SERVICES", null, LocalDate.of(2019, 12, 10).plusDays(i - 34L));
            }
            Eventually.await("36 counted", Duration.ofSeconds(60), () -> alliance.actual(range) == 36);
            assertThat(alliance.campaigns.get(range + "/progress").json().get("withinRange").asBoolean()).as("past 35").isFalse();
            assertThat(alliance.campaigns.get(range).json().get("reached").asBoolean()).isTrue();
            assertThat(alliance.actual(agricultural)).isEqualTo(26);
        }
    }

    /** One alliance's issuer, registry and campaign service as processes, on its own prefixed topics. */
    final class Deployment implements AutoCloseable {

        final String province;
        final String prefix;
        final Http registry;
        final Http campaigns;
        private final LocalStore store;
        private final String issuerUrl;
        private final IssuerClient tokens;
        private final List<ServiceProcess> processes = new ArrayList<>();

        Deployment(String province, String prefix) {
            this.province = province;
            this.prefix = prefix;
            TestInfrastructure infrastructure = TestInfrastructure.shared();
            TargetProgressIT.createTopics(prefix);
            store = LocalStore.inMemory(work.resolve("store-" + province), Ports.freePort()).start();
            int issuerPort = Ports.freePort();
            issuerUrl = "http://127.0.0.1:" + issuerPort;
            start("issuer", issuerPort, Map.of("HOPTAC_ISSUER_URL", issuerUrl, "HOPTAC_ISSUER_PROVINCES", province));
            tokens = new IssuerClient(issuerUrl, "demo");
            int registryPort = Ports.freePort();
            int campaignPort = Ports.freePort();
            for (var service : Map.of("registry", registryPort, "campaign", campaignPort).entrySet()) {
                start(service.getKey(), service.getValue(), Map.of("KAFKA_BOOTSTRAP_SERVERS",
                        infrastructure.kafkaBootstrapServers(), "MONGODB_URI", store.uri(service.getKey()),
                        "HOPTAC_ALLIANCE_PROVINCE_CODE", province, "HOPTAC_TOPICS_PREFIX", prefix,
                        "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuerUrl));
            }
            registry = new Http("http://127.0.0.1:" + registryPort).as(bearer("VIEWER"));
            campaigns = new Http("http://127.0.0.1:" + campaignPort).as(bearer("VIEWER"));
        }

        String issuedPlan(String title, int year) {
            Response drafted = campaigns.post("/api/v1/plans", """
                    {"kind": "ANNUAL_WORK_PLAN", "title": "%s", "periodFrom": "%d-01-01", "periodTo": "%d-12-31",
                     "on": "%d-01-04"}""".formatted(title, year, year, year), "Authorization", bearer("CAMPAIGN_OFFICER"));
            assertThat(drafted.status()).as(drafted.raw().body()).isEqualTo(201);
            String plan = drafted.text("id");
            Response issued = campaigns.post("/api/v1/plans/" + plan + "/issue", """
                    {"number": "15/KH-LMHTX", "issuedOn": "%d-01-05"}""".formatted(year),
                    "Authorization", bearer("CAMPAIGN_OFFICER"), "If-Match", "\"1\"");
            assertThat(issued.status()).as(issued.raw().body()).isEqualTo(200);
            return plan;
        }

        String target(String plan, String filter, int year, long atLeast, Long atMost) {
            Response set = campaigns.post("/api/v1/targets", """
                    {"planId": "%s", "indicatorId": "registry.cooperatives-founded", "filter": %s, "windowFrom": "%d-01-01",
                     "windowTo": "%d-12-31", "atLeast": %d, "atMost": %s, "on": "%d-01-10"}"""
                    .formatted(plan, filter, year, year, atLeast, atMost, year), "Authorization", bearer("CAMPAIGN_OFFICER"));
            assertThat(set.status()).as(set.raw().body()).isEqualTo(201);
            return set.header("Location");
        }

        /** Registers cooperative {@code n} through the registry's API; returns its id. */
        String register(int n, String sector, String formerProvince, LocalDate foundedOn) {
            Response registered = registry.post("/api/v1/organisations", """
                    {"registrationCode": "%s00%06d", "name": "Hợp tác xã số %d", "type": "COOPERATIVE", "sector": "%s",
                     "provinceCode": "%s", "formerProvinceCode": %s, "commune": "Phú Bình", "foundedOn": "%s",
                     "membersCount": 7, "workersCount": 10}""".formatted(province, n, n, sector, province,
                    formerProvince == null ? "null" : "\"" + formerProvince + "\"", foundedOn),
                    "Authorization", bearer("REGISTRY_OFFICER"));
            assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
            if (formerProvince != null) {
                assertThat(registered.text("formerProvinceCode")).isEqualTo(formerProvince);
            }
            return registered.text("id");
        }

        long actual(String target) {
            return campaigns.get(target + "/progress").json().get("actual").asLong();
        }

        private void start(String name, int port, Map<String, String> environment) {
            String jar = System.getProperty(name + ".jar");
            assertThat(jar).as("the %s jar's path (failsafe sets it)", name).isNotNull();
            Map<String, String> all = new HashMap<>(environment);
            all.put("SERVER_PORT", Integer.toString(port));
            ServiceProcess process = new ServiceProcess(name, Path.of(jar), all, Map.of(),
                    work.resolve(name + "-" + province + "-" + System.nanoTime() + ".log"));
            processes.add(process);
            process.start().awaitReady(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"),
                    Duration.ofSeconds(120));
        }

        private String bearer(String role) {
            return tokens.bearer(role.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + province);
        }

        @Override
        public void close() {
            for (int i = processes.size() - 1; i >= 0; i--) {
                processes.get(i).stop();
            }
            store.stop();
        }
    }
}
