package vn.hoptac.campaign.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoptac.contracts.indicators.Contribution;
import vn.hoptac.contracts.indicators.Indicator;
import vn.hoptac.contracts.indicators.IndicatorCatalog;
import vn.hoptac.launcher.LocalStore;
import vn.hoptac.launcher.Ports;
import vn.hoptac.launcher.ServiceProcess;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.Http.Response;
import vn.hoptac.testsupport.IssuerClient;
import vn.hoptac.testsupport.KafkaTestConsumer;
import vn.hoptac.testsupport.TestInfrastructure;

/**
 * The seeds' Đắk Nông 2024 targets through the running registry, loan and campaign jars on real Kafka
 * and the store, for Lâm Đồng's alliance (68): member admission batch 1 before 10 April progresses from
 * the registry's membership events, "195 million đồng disbursed to one cooperative in March–April" from
 * the loan service's events. The campaign service is killed (-9) while the registry publishes, and after
 * its restart every target's actual equals a recount of the topics by the published indicator: nothing
 * lost, nothing counted twice.
 */
class DakNongTargetsScenarioIT {

    @TempDir
    Path work;
    IssuerClient tokens;
    String issuerUrl;

    @Test
    void memberAdmissionAndTheDisbursementMoveTheirTargetsAndAKilledConsumerLosesNothing() throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        infrastructure.createTopics(List.of("registry.events", "loans.events", "campaigns.events",
                "registry.events.loan-service.dlq", "loans.events.loan-service-funds.dlq",
                "registry.events.campaign-service-targets.dlq", "loans.events.campaign-service-targets.dlq",
                "campaigns.events.campaign-service-targets.dlq"), 6);
        LocalStore store = LocalStore.inMemory(work.resolve("store"), Ports.freePort()).start();
        int issuerPort = Ports.freePort();
        issuerUrl = "http://127.0.0.1:" + issuerPort;
        ServiceProcess issuer = start("issuer", System.getProperty("issuer.jar"), issuerPort, Map.of("HOPTAC_ISSUER_URL",
                issuerUrl, "HOPTAC_ISSUER_PROVINCES", "68"));
        tokens = new IssuerClient(issuerUrl, "demo");
        int registryPort = Ports.freePort();
        int loanPort = Ports.freePort();
        int campaignPort = Ports.freePort();
        ServiceProcess registry = service("registry", registryPort, store, infrastructure);
        ServiceProcess loans = service("loan", loanPort, store, infrastructure);
        ServiceProcess campaigns = service("campaign", campaignPort, store, infrastructure);
        try {
            Http registryApi = new Http("http://127.0.0.1:" + registryPort).as(bearer("VIEWER"));
            Http loanApi = new Http("http://127.0.0.1:" + loanPort).as(bearer("VIEWER"));
            Http campaignApi = new Http("http://127.0.0.1:" + campaignPort).as(bearer("VIEWER"));

            String plan = plan(campaignApi);
            String members = target(campaignApi, plan, 6, "registry.members-admitted", "{\"batch\": \"1/2024\"}", "2024-01-01",
                    "2024-04-10", 3);
            String amount = target(campaignApi, plan, 5, "loans.amount-disbursed", "{}", "2024-03-01", "2024-04-30", 195_000_000);
            String disbursed = target(campaignApi, plan, 5, "loans.loans-disbursed", "{}", "2024-03-01", "2024-04-30", 1);
            String founded = target(campaignApi, plan, null, "registry.cooperatives-founded", "{}", "2024-01-01", "2024-12-31", 12);

            List<String> cooperatives = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                if (i == 5) {
                    campaigns.kill(); // mid-stream: the registry goes on publishing
                }
                Response registered = registryApi.post("/api/v1/organisations", """
                        {"registrationCode": "64001234%02d", "name": "Hợp tác xã nông nghiệp Đắk Mil %d", "type": "COOPERATIVE",
                         "sector": "AGRICULTURE",
                         "provinceCode": "68", "formerProvinceCode": "67", "commune": "Đắk Mil", "foundedOn": "%s",
                         "membersCount": 9, "workersCount": 12}""".formatted(i, i, LocalDate.of(2024, 1, 15).plusDays(i * 7L)),
                        "Authorization", bearer("REGISTRY_OFFICER"));
                assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
                cooperatives.add(registered.text("id"));
            }
            Response batch = registryApi.post("/api/v1/membership-batches", """
                    {"batch": "1/2024", "admittedOn": "2024-04-05", "organisationIds": ["%s", "%s", "%s"]}"""
                    .formatted(cooperatives.get(0), cooperatives.get(1), cooperatives.get(2)),
                    "Authorization", bearer("REGISTRY_OFFICER"), "Idempotency-Key", "ket-nap-dot-1-2024");
            assertThat(batch.status()).as(batch.raw().body()).isIn(200, 201);
            campaigns = service("campaign", campaignPort, store, infrastructure);

            disburse(loanApi, cooperatives.get(3));

            Eventually.await("the targets reached after the restart", Duration.ofSeconds(90), () -> List.of(members, amount,
                    disbursed, founded).stream().allMatch(t -> campaignApi.get(t).json().get("reached").asBoolean()));
            assertThat(campaignApi.get(amount + "/progress").json().get("actual").asLong()).isEqualTo(195_000_000L);
            assertThat(campaignApi.get(members + "/progress").json().get("actual").asLong()).isEqualTo(3);
            assertThat(campaignApi.get(disbursed + "/progress").json().get("actual").asLong()).isEqualTo(1);

            // A recount from the topics by the published definitions gives the very same figures.
            IndicatorCatalog catalog = IndicatorCatalog.load();
            var all = new ArrayList<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>>();
            all.addAll(new KafkaTestConsumer().readAll("registry.events", Duration.ofSeconds(20)));
            all.addAll(new KafkaTestConsumer().readAll("loans.events", Duration.ofSeconds(20)));
            for (String target : List.of(members, amount, disbursed, founded)) {
                var view = campaignApi.get(target).json();
                Indicator indicator = catalog.require(view.get("indicatorId").asString());
                Map<String, String> filter = new HashMap<>();
                view.get("filter").properties().forEach(e -> filter.put(e.getKey(), e.getValue().asString()));
                List<Contribution> contributions = all.stream().flatMap(r -> indicator.contribution(
                        KafkaTestConsumer.header(r, "ce_id"), KafkaTestConsumer.header(r, "ce_type"), r.key(), r.value(), filter)
                        .stream()).toList();
                long recount = Indicator.figure(contributions, LocalDate.parse(view.get("windowFrom").asString()),
                        LocalDate.parse(view.get("windowTo").asString()), LocalDate.of(2026, 12, 31)).value();
                assertThat(campaignApi.get(target + "/progress?asOf=2026-12-31").json().get("actual").asLong())
                        .as("%s against a recount of the topics", indicator.id()).isEqualTo(recount);
            }
            assertThat(campaignApi.get(founded + "/progress").json().get("actual").asLong()).isEqualTo(12);
        } finally {
            campaigns.stop();
            loans.stop();
            registry.stop();
            issuer.stop();
            store.stop();
        }
    }

    /** The Đắk Nông 2024 plan, as the README's loader puts it in. */
    private String plan(Http campaignApi) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process loader = new ProcessBuilder(java.toString(), System.getProperty("campaign.loader"), campaignApi.base(), issuerUrl)
                .redirectErrorStream(true).redirectOutput(work.resolve("loader.log").toFile()).start();
        assertThat(loader.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(loader.exitValue()).as(Files.readString(work.resolve("loader.log"))).isZero();
        return campaignApi.get("/api/v1/plans?year=2024").json().get(0).get("id").asString();
    }

    private String target(Http campaignApi, String plan, Integer activity, String indicator, String filter, String from,
            String to, long atLeast) {
        Response set = campaignApi.post("/api/v1/targets", """
                {"planId": "%s", "activityNumber": %s, "indicatorId": "%s", "filter": %s, "windowFrom": "%s", "windowTo": "%s",
                 "atLeast": %d}""".formatted(plan, activity, indicator, filter, from, to, atLeast),
                "Authorization", bearer("CAMPAIGN_OFFICER"));
        assertThat(set.status()).as(set.raw().body()).isEqualTo(201);
        return set.header("Location");
    }

    /** 195,000,000 đồng to one cooperative in March 2024, through the loan service's dossier path. */
    private void disburse(Http loanApi, String cooperative) {
        Eventually.await("the loan service to learn the cooperative", () -> loanApi.get("/api/v1/organisations/" + cooperative)
                .status() == 200);
        assertThat(loanApi.post("/api/v1/funds", """
                {"id": "quy-ho-tro-htx", "name": "Quỹ hỗ trợ phát triển hợp tác xã", "kind": "PROVINCIAL_SUPPORT_FUND"}""",
                "Authorization", bearer("LOAN_OFFICER")).status()).isEqualTo(201);
        assertThat(loanApi.post("/api/v1/funds/quy-ho-tro-htx/contributions", "{\"amount\": 2000000000, \"on\": \"2024-01-02\"}",
                "Authorization", bearer("TREASURER")).status()).isEqualTo(201);
        Response dossier = loanApi.post("/api/v1/loans", """
                {"organisationId": "%s", "fundId": "quy-ho-tro-htx", "purpose": "Hỗ trợ phát triển sản xuất cà phê",
                 "amountRequested": 195000000, "termMonths": 36, "receivedOn": "2024-02-20"}""".formatted(cooperative),
                "Authorization", bearer("LOAN_OFFICER"));
        assertThat(dossier.status()).as(dossier.raw().body()).isEqualTo(201);
        String loan = dossier.header("Location");
        step(loanApi, loan + "/guidance", "{\"comment\": \"Bổ sung phương án\", \"on\": \"2024-02-22\"}", "LOAN_OFFICER", 1);
        step(loanApi, loan + "/completion", "{\"on\": \"2024-03-01\"}", "LOAN_OFFICER", 2);
        step(loanApi, loan + "/appraisal", """
                {"appraisedAmount": 195000000, "annualRateBasisPoints": 600, "termMonths": 36, "method": "EQUAL_PRINCIPAL",
                 "collateral": "Tài sản hình thành từ vốn vay", "opinion": "Đủ điều kiện", "on": "2024-03-10"}""", "APPRAISER", 3);
        step(loanApi, loan + "/approval", "{\"comment\": \"Đồng ý\", \"on\": \"2024-03-15\"}", "APPROVER", 4);
        Response paid = loanApi.post(loan + "/disbursements", "{\"amount\": 195000000, \"disbursedOn\": \"2024-03-25\"}",
                "Authorization", bearer("TREASURER"), "Idempotency-Key", "giai-ngan-195-trieu");
        assertThat(paid.status()).as(paid.raw().body()).isEqualTo(201);
    }

    private void step(Http api, String path, String body, String role, long version) {
        Response response = api.post(path, body, "Authorization", bearer(role), "If-Match", "\"" + version + "\"");
        assertThat(response.status()).as("%s: %s", path, response.raw().body()).isEqualTo(200);
    }

    private ServiceProcess service(String name, int port, LocalStore store, TestInfrastructure infrastructure) {
        return start(name, System.getProperty(name + ".jar"), port, Map.of("KAFKA_BOOTSTRAP_SERVERS",
                infrastructure.kafkaBootstrapServers(), "MONGODB_URI", store.uri(name), "HOPTAC_ALLIANCE_PROVINCE_CODE", "68",
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuerUrl));
    }

    private ServiceProcess start(String name, String jar, int port, Map<String, String> environment) {
        assertThat(jar).as("the %s jar's path (failsafe sets it)", name).isNotNull();
        Map<String, String> all = new HashMap<>(environment);
        all.put("SERVER_PORT", Integer.toString(port));
        ServiceProcess process = new ServiceProcess(name, Path.of(jar), all, Map.of(),
                work.resolve(name + "-" + System.nanoTime() + ".log"));
        process.start().awaitReady(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"), Duration.ofSeconds(120));
        return process;
    }

    private String bearer(String role) {
        return tokens.bearer(role.toLowerCase(Locale.ROOT).replace('_', '-') + "-68");
    }
}
