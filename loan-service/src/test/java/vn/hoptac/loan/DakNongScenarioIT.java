package vn.hoptac.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.hoptac.launcher.LocalStore;
import vn.hoptac.launcher.Ports;
import vn.hoptac.launcher.ServiceProcess;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.Http.Response;
import vn.hoptac.testsupport.IssuerClient;
import vn.hoptac.testsupport.TestInfrastructure;

/**
 * The seeds' Đắk Nông 2019 case through the running services, as an alliance of Lâm Đồng (68) runs
 * them now: a cooperative registered in the registry becomes eligible in the loan service by event;
 * its dossier for a bulldozer to bury waste is appraised, approved and disbursed at 250,000,000 VND;
 * an instalment left unpaid puts the loan in the first arrears bucket on the right business date.
 */
class DakNongScenarioIT {

    @TempDir
    Path work;
    String issuerUrl;
    static IssuerClient tokens;

    @Test
    void aBulldozerForWasteBurialFromRegistrationToTheFirstArrearsBucket() {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        infrastructure.createTopics(List.of("registry.events", "loans.events", "registry.events.loan-service.dlq",
                "loans.events.loan-service-funds.dlq"), 6);
        LocalStore store = LocalStore.inMemory(work.resolve("store"), Ports.freePort()).start();
        int issuerPort = Ports.freePort();
        issuerUrl = "http://127.0.0.1:" + issuerPort;
        ServiceProcess issuerProcess = startIssuer(issuerPort);
        tokens = new IssuerClient(issuerUrl, "demo");
        Running registry = service("registry", System.getProperty("registry.jar"), store, infrastructure);
        Running loans = service("loan", System.getProperty("loan.jar"), store, infrastructure);
        try {
            Http registryApi = new Http(registry.base()).as(demoUser("VIEWER"));
            Http loanApi = new Http(loans.base()).as(demoUser("VIEWER"));

            Response cooperative = registryApi.post("/api/v1/organisations", """
                    {"registrationCode": "6400123456", "name": "Hợp tác xã Dịch vụ Môi trường Gia Nghĩa",
                     "type": "COOPERATIVE", "sector": "ENVIRONMENT", "provinceCode": "68", "commune": "Nghĩa Đức",
                     "foundedOn": "2018-05-02", "membersCount": 12, "workersCount": 20}""", "Authorization", demoUser("REGISTRY_OFFICER"));
            assertThat(cooperative.status()).as("%s", cooperative.raw().body()).isEqualTo(201);
            String organisationId = cooperative.text("id");

            Eventually.await("the loan service to learn the cooperative from the registry's event",
                    () -> loanApi.get("/api/v1/organisations/" + organisationId).status() == 200);
            assertThat(loanApi.get("/api/v1/organisations/" + organisationId).text("status")).isEqualTo("OPERATING");

            assertThat(loanApi.post("/api/v1/funds", """
                    {"id": "quy-ho-tro-htx", "name": "Quỹ hỗ trợ phát triển hợp tác xã", "kind": "PROVINCIAL_SUPPORT_FUND"}""",
                    "Authorization", demoUser("LOAN_OFFICER")).status()).isEqualTo(201);
            assertThat(loanApi.post("/api/v1/funds/quy-ho-tro-htx/contributions",
                    "{\"amount\": 5000000000, \"on\": \"2019-01-02\", \"reference\": \"Vốn ngân sách tỉnh\"}",
                    "Authorization", demoUser("TREASURER")).status()).isEqualTo(201);

            Response dossier = loanApi.post("/api/v1/loans", """
                    {"organisationId": "%s", "fundId": "quy-ho-tro-htx", "purpose": "Mua máy ủi phục vụ chôn lấp rác thải",
                     "amountRequested": 250000000, "termMonths": 36, "newRuralAreaCommune": true,
                     "receivedOn": "2019-03-01"}""".formatted(organisationId), "Authorization", demoUser("LOAN_OFFICER"));
            assertThat(dossier.status()).as("%s", dossier.raw().body()).isEqualTo(201);
            String loan = dossier.header("Location");

            step(loanApi, loan + "/guidance", "{\"comment\": \"Bổ sung phương án sản xuất kinh doanh\", \"on\": \"2019-03-05\"}",
                    "LOAN_OFFICER", 1);
            step(loanApi, loan + "/completion", "{\"on\": \"2019-03-20\"}", "LOAN_OFFICER", 2);
            step(loanApi, loan + "/appraisal", """
                    {"appraisedAmount": 250000000, "annualRateBasisPoints": 600, "termMonths": 36, "method": "EQUAL_PRINCIPAL",
                     "collateral": "Máy ủi hình thành từ vốn vay", "opinion": "Phương án khả thi, đủ điều kiện vay",
                     "on": "2019-05-10"}""", "APPRAISER", 3);
            step(loanApi, loan + "/approval", "{\"comment\": \"Đồng ý cho vay 250 triệu đồng\", \"on\": \"2019-05-20\"}",
                    "APPROVER", 4);

            Response disbursed = loanApi.post(loan + "/disbursements", "{\"amount\": 250000000, \"disbursedOn\": \"2019-06-01\"}",
                    "Authorization", demoUser("TREASURER"), "Idempotency-Key", "giai-ngan-may-ui-2019");
            assertThat(disbursed.status()).as("%s", disbursed.raw().body()).isEqualTo(201);
            JsonNode schedule = disbursed.json().get("schedule");
            assertThat(schedule).hasSize(36);
            assertThat(schedule.valueStream().mapToLong(i -> i.get("principal").asLong()).sum()).isEqualTo(250_000_000L);
            assertThat(schedule.get(0).get("dueOn").asString()).isEqualTo("2019-07-01");
            assertThat(loanApi.get("/api/v1/funds/quy-ho-tro-htx").json().get("availableCapital").asLong())
                    .isEqualTo(4_750_000_000L);

            assertThat(loanApi.post("/api/v1/arrears-runs", "{\"businessDate\": \"2019-07-02\"}", "Authorization", demoUser("OPERATOR"))
                    .status()).isEqualTo(200);
            Response aged = loanApi.get(loan);
            assertThat(aged.text("arrearsBucket")).isEqualTo("DAYS_1_30");
            assertThat(aged.json().get("daysOverdue").asLong()).isEqualTo(1);

            // The registry dissolves the cooperative: the loan service flags the loan for recovery.
            Response dissolved = registryApi.post("/api/v1/organisations/" + organisationId + "/dissolution",
                    "{\"kind\": \"FORCED\", \"reason\": \"Ngừng hoạt động\", \"effectiveOn\": \"2020-02-01\"}",
                    "Authorization", demoUser("REGISTRY_OFFICER"), "If-Match", "\"1\"");
            assertThat(dissolved.status()).isEqualTo(200);
            Eventually.await("the loan flagged for recovery", () -> loanApi.get(loan).json().get("recoveryRequired").asBoolean());
        } finally {
            loans.process().stop();
            registry.process().stop();
            issuerProcess.stop();
            store.stop();
        }
    }

    /** A service jar running as its own process, and where it listens. */
    record Running(ServiceProcess process, int port) {
        String base() {
            return "http://127.0.0.1:" + port;
        }
    }

    private Running service(String name, String jar, LocalStore store, TestInfrastructure infrastructure) {
        assertThat(jar).as("the %s jar's path (failsafe sets it)", name).isNotNull();
        int port = Ports.freePort();
        ServiceProcess process = new ServiceProcess(name, Path.of(jar), Map.of("SERVER_PORT", Integer.toString(port),
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(), "MONGODB_URI", store.uri(name),
                "HOPTAC_ALLIANCE_PROVINCE_CODE", "68",
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuerUrl), Map.of(),
                work.resolve(name + ".log"));
        process.start().awaitReady(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"), Duration.ofSeconds(120));
        return new Running(process, port);
    }

    private static void step(Http api, String path, String body, String role, long version) {
        Response response = api.post(path, body, "Authorization", demoUser(role), "If-Match", "\"" + version + "\"");
        assertThat(response.status()).as("%s: %s", path, response.raw().body()).isEqualTo(200);
    }

    /** The real local issuer, with the demo users of Lâm Đồng (68), as the launcher starts it. */
    private ServiceProcess startIssuer(int port) {
        String jar = System.getProperty("issuer.jar");
        assertThat(jar).as("the issuer jar's path (failsafe sets it)").isNotNull();
        ServiceProcess process = new ServiceProcess("issuer", Path.of(jar), Map.of("SERVER_PORT", Integer.toString(port),
                "HOPTAC_ISSUER_URL", issuerUrl, "HOPTAC_ISSUER_PROVINCES", "68"), Map.of(), work.resolve("issuer.log"));
        process.start().awaitReady(URI.create(issuerUrl + "/actuator/health/readiness"), Duration.ofSeconds(120));
        return process;
    }

    /** {@code Bearer …} of the local issuer's demo user of Lâm Đồng holding {@code role}, e.g. {@code appraiser-68}. */
    private static String demoUser(String role) {
        return tokens.bearer(role.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-68");
    }

}
