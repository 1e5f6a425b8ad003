package vn.hoptac.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hoptac.contracts.EventTypes;
import vn.hoptac.testsupport.BadInputContract;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.FixedVietnamClock;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.RegistryFeed;
import vn.hoptac.testsupport.TestInfrastructure;
import vn.hoptac.testsupport.TestIssuer;

/**
 * Malformed requests against every operation of the loan service, on real Kafka and the store: a real
 * fund with capital and a real dossier stand behind the ids in the paths, and the cooperative it is
 * for was learnt from a registry event.
 */
@SpringBootTest(classes = {LoanApplication.class, FixedVietnamClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hoptac.alliance.province-code=68", "hoptac.topics.prefix=" + LoanBadInputIT.PREFIX,
                "hoptac.loans.arrears-cron=-"})
@RealInfrastructure
class LoanBadInputIT extends BadInputContract {

    static final String PREFIX = "fuzz68.";
    static final String FUND = "quy-thu-nghiem";
    static RegistryFeed registry;
    static String dossier;

    @LocalServerPort
    int port;

    @BeforeAll
    static void topics() {
        TestInfrastructure.shared().createTopics(List.of(PREFIX + "registry.events", PREFIX + "loans.events",
                PREFIX + "registry.events.loan-service.dlq", PREFIX + "loans.events.loan-service-funds.dlq"), 6);
        registry = new RegistryFeed("68", PREFIX + "registry.events");
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @BeforeEach
    void recordsToAimAt() {
        if (dossier != null) {
            return;
        }
        Http http = new Http("http://127.0.0.1:" + port);
        String cooperative = UUID.randomUUID().toString();
        registry.send(EventTypes.Registry.ORGANISATION_REGISTERED, cooperative, 1,
                registry.registered(cooperative, "Hợp tác xã Môi trường Gia Nghĩa", "COOPERATIVE", "2018-05-02"));
        String viewer = TestIssuer.shared().bearer("xem", "68", "VIEWER");
        Eventually.await("the registration consumed", Duration.ofSeconds(60),
                () -> http.get("/api/v1/organisations/" + cooperative, "Authorization", viewer).status() == 200);
        assertThat(http.post("/api/v1/funds", """
                {"id": "%s", "name": "Quỹ thử nghiệm", "kind": "PROVINCIAL_SUPPORT_FUND"}""".formatted(FUND),
                "Authorization", TestIssuer.shared().bearer("giam.doc", "68", "LOAN_OFFICER")).status()).isEqualTo(201);
        assertThat(http.post("/api/v1/funds/" + FUND + "/contributions", "{\"amount\": 5000000000, \"on\": \"2019-01-02\"}",
                "Authorization", TestIssuer.shared().bearer("ke.toan", "68", "TREASURER")).status()).isEqualTo(201);
        Http.Response received = http.post("/api/v1/loans", """
                {"organisationId": "%s", "fundId": "%s", "purpose": "Mua máy ủi", "amountRequested": 250000000,
                 "termMonths": 36, "receivedOn": "2019-03-01"}""".formatted(cooperative, FUND),
                "Authorization", TestIssuer.shared().bearer("can.bo", "68", "LOAN_OFFICER"));
        assertThat(received.status()).as(received.raw().body()).isEqualTo(201);
        dossier = received.text("id");
    }

    @Override
    protected String province() {
        return "68";
    }

    @Override
    protected List<String> publishedTopics() {
        return List.of(PREFIX + "loans.events");
    }

    @Override
    protected List<String> consumerGroups() {
        return List.of("loan-service", "loan-service-funds");
    }

    @Override
    protected String placeholder(String name, String path) {
        if (path.startsWith("/api/v1/funds")) {
            return FUND;
        }
        return path.startsWith("/api/v1/loans") ? dossier : super.placeholder(name, path);
    }
}
