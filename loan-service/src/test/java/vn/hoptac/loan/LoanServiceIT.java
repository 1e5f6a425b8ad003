package vn.hoptac.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.hoptac.contracts.EventSchemaValidator;
import vn.hoptac.contracts.EventTypes;
import vn.hoptac.loan.dossier.application.LoanService;
import vn.hoptac.loan.dossier.persistence.LoanStore;
import vn.hoptac.loan.fund.application.FundService;
import vn.hoptac.loan.fund.domain.LedgerEntryKind;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.FixedVietnamClock;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.Http.Response;
import vn.hoptac.testsupport.KafkaTestConsumer;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.RegistryFeed;
import vn.hoptac.testsupport.TestInfrastructure;
import vn.hoptac.testsupport.TestIssuer;

/**
 * The loan service on the real broker and the real store, for an alliance of Lâm Đồng (68), which
 * Đắk Nông is part of now. Organisations arrive only as registry events on Kafka.
 */
@SpringBootTest(classes = {LoanApplication.class, FixedVietnamClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hoptac.alliance.province-code=68", "hoptac.loans.reconcile-after=0s",
                "hoptac.loans.arrears-cron=-"}) // the daily run at 00:30 must not age loans under a test
@RealInfrastructure
class LoanServiceIT {

    static final Instant NOW = FixedVietnamClock.NOW;


    static RegistryFeed registry;

    @LocalServerPort
    int port;
    Http http;
    String fund;

    @BeforeAll
    static void topics() {
        TestInfrastructure.shared().createTopics(List.of("registry.events", "loans.events",
                "registry.events.loan-service.dlq", "loans.events.loan-service-funds.dlq"), 6);
        registry = new RegistryFeed("68");
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @BeforeEach
    void setUp() {
        http = new Http("http://127.0.0.1:" + port).as(TestIssuer.shared().bearer("uy.ban.kiem.tra", "68", "VIEWER"));
        fund = "quy-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post("/api/v1/funds", """
                {"id": "%s", "name": "Quỹ hỗ trợ phát triển HTX tỉnh Lâm Đồng", "kind": "PROVINCIAL_SUPPORT_FUND",
                 "charterCapital": 36520000000}""".formatted(fund), "chu.tich").status()).isEqualTo(201);
        assertThat(post("/api/v1/funds/" + fund + "/contributions", "{\"amount\": 5000000000, \"on\": \"2019-01-02\"}",
                "ke.toan").status()).isEqualTo(201);
    }

    /** A change by {@code actor}, holding the role the path needs (the README's table). */
    Response post(String path, String body, String actor, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = TestIssuer.shared().bearer(actor, "68", roleFor(path));
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.post(path, body, all);
    }

    static String roleFor(String path) {
        if (path.endsWith("/appraisal")) {
            return "APPRAISER";
        }
        if (path.endsWith("/approval") || path.endsWith("/rejection") || path.endsWith("/write-off")) {
            return "APPROVER";
        }
        if (path.endsWith("/contributions") || path.endsWith("/disbursements") || path.endsWith("/repayments")) {
            return "TREASURER";
        }
        return path.endsWith("/arrears-runs") ? "OPERATOR" : "LOAN_OFFICER";
    }

    /** A cooperative the registry registered, known here once its event was consumed. */
    String knownCooperative(String name) {
        String id = UUID.randomUUID().toString();
        registry.send(EventTypes.Registry.ORGANISATION_REGISTERED, id, 1, registry.registered(id, name, "COOPERATIVE", "2018-05-02"));
        Eventually.await("the registration consumed", () -> http.get("/api/v1/organisations/" + id).status() == 200);
        return id;
    }

    String dossier(String organisationId, long amount) {
        Response received = post("/api/v1/loans", """
                {"organisationId": "%s", "fundId": "%s", "purpose": "Mua máy ủi để chôn lấp rác thải",
                 "amountRequested": %d, "termMonths": 36, "receivedOn": "2019-03-01"}""".formatted(organisationId, fund, amount),
                "can.bo.tiep.nhan");
        assertThat(received.status()).as("%s", received.raw().body()).isEqualTo(201);
        return received.header("Location");
    }

    /** Appraised by one officer, approved by another: ready to disburse. */
    String approved(String organisationId, long amount) {
        String loan = dossier(organisationId, amount);
        Response appraised = post(loan + "/appraisal", """
                {"appraisedAmount": %d, "annualRateBasisPoints": 600, "termMonths": 36, "method": "EQUAL_PRINCIPAL",
                 "collateral": "Máy ủi", "opinion": "Phương án khả thi", "on": "2019-05-10"}""".formatted(amount),
                "tham.dinh.vien", "If-Match", "\"1\"");
        assertThat(appraised.status()).as("%s", appraised.raw().body()).isEqualTo(200);
        Response approved = post(loan + "/approval", "{\"comment\": \"Đồng ý cho vay\", \"on\": \"2019-05-20\"}",
                "giam.doc.quy", "If-Match", "\"2\"");
        assertThat(approved.status()).as("%s", approved.raw().body()).isEqualTo(200);
        return loan;
    }

    long available() {
        return http.get("/api/v1/funds/" + fund).json().get("availableCapital").asLong();
    }

    @Test
    void aRegistrationClaimingAnotherAlliancesRegistryIsQuarantinedAndNeverApplied() {
        // Thái Nguyên's registration, published on Lâm Đồng's registry.events: the source is not Lâm Đồng's registry.
        RegistryFeed thaiNguyen = new RegistryFeed("19");
        String spoofed = UUID.randomUUID().toString();
        String spoofedEvent = thaiNguyen.send(EventTypes.Registry.ORGANISATION_REGISTERED, spoofed, 1,
                thaiNguyen.registered(spoofed, "Hợp tác xã Giả Mạo", "COOPERATIVE", "2018-05-02"));
        // Lâm Đồng's source, but a Thái Nguyên cooperative in the data.
        String mismatched = UUID.randomUUID().toString();
        String mismatchedEvent = UUID.randomUUID().toString();
        registry.sendAs("/provinces/68/registry", mismatchedEvent, EventTypes.Registry.ORGANISATION_REGISTERED, mismatched, 1,
                thaiNguyen.registered(mismatched, "Hợp tác xã Sai Tỉnh", "COOPERATIVE", "2018-05-02"));
        thaiNguyen.close();

        var letters = new KafkaTestConsumer().readUntil("registry.events.loan-service.dlq", all -> all.stream()
                .map(r -> KafkaTestConsumer.header(r, "ce_id")).toList().containsAll(List.of(spoofedEvent, mismatchedEvent)),
                Duration.ofSeconds(60));

        assertThat(letters.stream().filter(r -> spoofedEvent.equals(KafkaTestConsumer.header(r, "ce_id")))
                .map(r -> KafkaTestConsumer.header(r, "x-exception-message")).findFirst().orElseThrow())
                .contains("; quarantined: untrusted-source: ").contains("/provinces/19/registry");
        assertThat(letters.stream().filter(r -> mismatchedEvent.equals(KafkaTestConsumer.header(r, "ce_id")))
                .map(r -> KafkaTestConsumer.header(r, "x-exception-message")).findFirst().orElseThrow())
                .contains("; quarantined: province-mismatch: ");
        String genuine = knownCooperative("Hợp tác xã Thật");
        assertThat(http.get("/api/v1/organisations/" + genuine).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/organisations/" + spoofed).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/organisations/" + mismatched).status()).isEqualTo(404);
        String metrics = http.get("/actuator/prometheus").raw().body();
        assertThat(metrics).containsPattern("hoptac_events_quarantined_total\\{[^}]*reason=\"untrusted-source\"[^}]*} [1-9]");
    }

    @Test
    void anOrganisationTheServiceHasNotHeardOfGets422NotFound() {
        Response unknown = post("/api/v1/loans", """
                {"organisationId": "%s", "fundId": "%s", "purpose": "Mua máy", "amountRequested": 100000000,
                 "termMonths": 12}""".formatted(UUID.randomUUID(), fund), "can.bo");

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text("detail")).contains("has not heard of organisation");
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("organisationId");
    }

    @Test
    void aCooperativeBecomesEligibleByItsRegistryEventAppliedOnceWhenRedelivered() {
        String id = UUID.randomUUID().toString();
        String data = registry.registered(id, "HTX Môi trường Đắk Nông", "COOPERATIVE", "2018-05-02");
        String eventId = registry.send(EventTypes.Registry.ORGANISATION_REGISTERED, id, 1, data);
        registry.send(eventId, EventTypes.Registry.ORGANISATION_REGISTERED, id, 1, data); // the same event, delivered again
        registry.send(EventTypes.Registry.ORGANISATION_SUSPENDED, id, 2, registry.suspended(id, "COOPERATIVE", "2019-01-10"));

        Eventually.await("the suspension consumed", () -> http.get("/api/v1/organisations/" + id).status() == 200
                && "SUSPENDED".equals(http.get("/api/v1/organisations/" + id).text("status")));
        assertThat(http.get("/api/v1/organisations/" + id).json().get("name").asString()).isEqualTo("HTX Môi trường Đắk Nông");

        Response suspended = post("/api/v1/loans", """
                {"organisationId": "%s", "fundId": "%s", "purpose": "Mua máy", "amountRequested": 100000000,
                 "termMonths": 12}""".formatted(id, fund), "can.bo");
        assertThat(suspended.status()).isEqualTo(422);
        assertThat(suspended.text("detail")).contains("only an operating organisation can borrow");

        // An older event arriving after a newer one (a re-driven dead letter) does not undo the newer state.
        String late = UUID.randomUUID().toString();
        registry.send(EventTypes.Registry.ORGANISATION_SUSPENDED, late, 2, registry.suspended(late, "COOPERATIVE", "2019-01-10"));
        registry.send(EventTypes.Registry.ORGANISATION_REGISTERED, late, 1, registry.registered(late, "HTX Đến muộn", "COOPERATIVE", "2018-05-02"));
        Eventually.await("the late registration applied", () -> http.get("/api/v1/organisations/" + late).status() == 200
                && "HTX Đến muộn".equals(http.get("/api/v1/organisations/" + late).text("name")));
        assertThat(http.get("/api/v1/organisations/" + late).text("status")).isEqualTo("SUSPENDED");
        assertThat(http.get("/api/v1/organisations/" + late).json().get("lastSequence").asLong()).isEqualTo(2);

        String operating = knownCooperative("HTX Nông nghiệp Nhân Cơ");
        assertThat(dossier(operating, 250_000_000)).startsWith("/api/v1/loans/");
    }

    @Test
    void aGroupBorrowsOnlyFromAFundThatLendsToGroups() {
        String group = UUID.randomUUID().toString();
        registry.send(EventTypes.Registry.ORGANISATION_REGISTERED, group, 1, registry.registered(group, "Tổ hợp tác rau sạch", "COOPERATIVE_GROUP",
                "2018-05-02"));
        Eventually.await("the group known", () -> http.get("/api/v1/organisations/" + group).status() == 200);

        Response refused = post("/api/v1/loans", """
                {"organisationId": "%s", "fundId": "%s", "purpose": "Nhà lưới", "amountRequested": 50000000,
                 "termMonths": 12}""".formatted(group, fund), "can.bo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("detail")).contains("COOPERATIVE_GROUP cannot borrow");
    }

    @Test
    void theAppraiserCannotApproveTheLoanFourEyes() {
        String loan = dossier(knownCooperative("HTX Dịch vụ Gia Nghĩa"), 200_000_000);
        post(loan + "/appraisal", """
                {"appraisedAmount": 200000000, "annualRateBasisPoints": 600, "termMonths": 24, "method": "EQUAL_INSTALMENTS",
                 "opinion": "Đủ điều kiện", "on": "2019-05-10"}""", "tham.dinh.vien", "If-Match", "\"1\"");

        Response sameOfficer = post(loan + "/approval", "{\"comment\": \"Tự duyệt\", \"on\": \"2019-05-20\"}",
                "tham.dinh.vien", "If-Match", "\"2\"");
        assertThat(sameOfficer.status()).isEqualTo(403);
        assertThat(sameOfficer.text("detail")).contains("Four-eyes");
        assertThat(http.get(loan).text("status")).isEqualTo("APPRAISED");

        Response disburseEarly = post(loan + "/disbursements", "{\"amount\": 1000, \"disbursedOn\": \"2019-05-21\"}", "thu.quy");
        assertThat(disburseEarly.status()).as("disbursement needs an approved dossier").isEqualTo(409);

        Response other = post(loan + "/approval", "{\"comment\": \"Đồng ý\", \"on\": \"2019-05-20\"}", "giam.doc.quy",
                "If-Match", "\"2\"");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.text("status")).isEqualTo("APPROVED");
        assertThat(other.json().get("decisions").valueStream().map(d -> d.get("kind").asString() + ":" + d.get("officer").asString()))
                .containsExactly("APPRAISED:tham.dinh.vien", "APPROVED:giam.doc.quy");
    }

    @Test
    void aRetriedDisbursementDisbursesOnceAndTheSameKeyWithAnotherBodyIsRefused() {
        String loan = approved(knownCooperative("HTX Môi trường Tuy Đức"), 250_000_000);
        String body = "{\"amount\": 250000000, \"disbursedOn\": \"2019-06-01\"}";

        Response first = post(loan + "/disbursements", body, "thu.quy", "Idempotency-Key", "giai-ngan-" + loan);
        Response retry = post(loan + "/disbursements", body, "thu.quy", "Idempotency-Key", "giai-ngan-" + loan);
        Response other = post(loan + "/disbursements", "{\"amount\": 1000, \"disbursedOn\": \"2019-06-01\"}", "thu.quy",
                "Idempotency-Key", "giai-ngan-" + loan);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(other.status()).isEqualTo(422);
        assertThat(http.get(loan).json().get("tranches")).hasSize(1);
        assertThat(available()).isEqualTo(5_000_000_000L - 250_000_000L);

        Response above = post(loan + "/disbursements", "{\"amount\": 1, \"disbursedOn\": \"2019-06-02\"}", "thu.quy");
        assertThat(above.status()).as("never above the approved amount").isEqualTo(409);
    }

    @Test
    void theDakNongBulldozerLoanHasItsScheduleAndFallsIntoTheFirstArrearsBucket() {
        String loan = approved(knownCooperative("HTX Môi trường Đắk Nông"), 250_000_000);
        Response disbursed = post(loan + "/disbursements", "{\"amount\": 250000000, \"disbursedOn\": \"2019-06-01\"}", "thu.quy");
        assertThat(disbursed.status()).isEqualTo(201);

        JsonNode schedule = disbursed.json().get("schedule");
        assertThat(schedule).hasSize(36);
        assertThat(schedule.valueStream().mapToLong(i -> i.get("principal").asLong()).sum()).isEqualTo(250_000_000L);
        assertThat(schedule.get(0).get("dueOn").asString()).isEqualTo("2019-07-01");
        assertThat(schedule.get(0).get("principal").asLong()).isEqualTo(6_944_444L);
        assertThat(schedule.get(0).get("interest").asLong()).isEqualTo(1_232_877L); // 250m × 6% × 30/365
        assertThat(schedule.get(35).get("principal").asLong()).isEqualTo(250_000_000L - 35 * 6_944_444L);
        assertThat(available()).isEqualTo(4_750_000_000L);

        assertThat(post("/api/v1/arrears-runs", "{\"businessDate\": \"2019-07-01\"}", "arrears").status()).isEqualTo(200);
        assertThat(http.get(loan).text("arrearsBucket")).isEqualTo("CURRENT");
        assertThat(post("/api/v1/arrears-runs", "{\"businessDate\": \"2019-07-02\"}", "arrears").status()).isEqualTo(200);
        Response aged = http.get(loan);
        assertThat(aged.text("arrearsBucket")).isEqualTo("DAYS_1_30");
        assertThat(aged.json().get("daysOverdue").asLong()).isEqualTo(1);
        assertThat(http.get(loan + "/position?asOf=2019-08-01").json().get("bucket").asString()).isEqualTo("DAYS_31_90");

        Response paid = post(loan + "/repayments", "{\"amount\": 8177321, \"receivedOn\": \"2019-07-05\"}", "thu.quy");
        assertThat(paid.status()).as("%s", paid.raw().body()).isEqualTo(201);
        JsonNode repayment = paid.json().get("repayments").get(0);
        assertThat(repayment.get("overdueInterest").asLong()).isEqualTo(1_232_877L);
        assertThat(repayment.get("principal").asLong()).isEqualTo(6_944_444L);
        Eventually.await("the fund credited with the principal repaid", () -> available() == 4_750_000_000L + 6_944_444L);
        assertThat(post("/api/v1/arrears-runs", "{\"businessDate\": \"2019-07-05\"}", "arrears").status()).isEqualTo(200);
        assertThat(http.get(loan).text("arrearsBucket")).isEqualTo("CURRENT");

        Response over = post(loan + "/repayments", "{\"amount\": 999999999999, \"receivedOn\": \"2019-07-06\"}", "thu.quy");
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.text("detail")).contains("overpayments are not accepted");

        assertThat(http.get("/api/v1/portfolio?asOf=2019-07-02").json().get("overduePrincipal").asLong())
                .isGreaterThanOrEqualTo(6_944_444L);
    }

    @Test
    void capitalNeverGoesNegativeUnderConcurrentDisbursements() throws Exception {
        // 5,000,000,000 available: twelve loans of 500,000,000 can only all be paid for ten times.
        List<String> loans = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            loans.add(approved(knownCooperative("HTX số " + i), 500_000_000));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String loan : loans) {
            Callable<Integer> disburse = () -> {
                start.await();
                return post(loan + "/disbursements", "{\"amount\": 500000000, \"disbursedOn\": \"2019-06-01\"}", "thu.quy").status();
            };
            answers.add(pool.submit(disburse));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(10);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(2);
        assertThat(available()).isZero();
        JsonNode ledger = http.get("/api/v1/funds/" + fund + "/ledger").json();
        assertThat(ledger.get("availableCapital").asLong()).isZero();
        assertThat(ledger.get("entries")).hasSize(11); // the contribution and ten loans out
        long disbursedLoans = loans.stream().filter(l -> "ACTIVE".equals(http.get(l).text("status"))).count();
        assertThat(disbursedLoans).isEqualTo(10);
        assertThat(loans.stream().mapToInt(l -> http.get(l).json().get("tranches").size()).sum())
                .as("refused reservations are dropped").isEqualTo(10);
    }

    @Test
    void aDissolvedOrganisationsOpenDossierClosesAndItsActiveLoanIsFlaggedForRecovery() {
        String cooperative = knownCooperative("HTX Giải thể");
        String active = approved(cooperative, 100_000_000);
        assertThat(post(active + "/disbursements", "{\"amount\": 100000000, \"disbursedOn\": \"2019-06-01\"}", "thu.quy")
                .status()).isEqualTo(201);
        String open = dossier(cooperative, 80_000_000);

        registry.send(EventTypes.Registry.ORGANISATION_DISSOLVED, cooperative, 2, registry.dissolved(cooperative, "COOPERATIVE", "2020-01-15"));

        Eventually.await("the dossier closed", () -> "CLOSED".equals(http.get(open).text("status")));
        Eventually.await("the loan flagged", () -> http.get(active).json().get("recoveryRequired").asBoolean());
        assertThat(http.get(active).text("status")).isEqualTo("ACTIVE");
        assertThat(post(active + "/disbursements", "{\"amount\": 1, \"disbursedOn\": \"2019-06-02\"}", "thu.quy").status())
                .isEqualTo(409);
    }

    @Test
    void badInputIsA4xxProblemAndChangesNothing() {
        String loan = dossier(knownCooperative("HTX Kiểm thử"), 100_000_000);
        assertThat(post("/api/v1/loans", "{\"organisationId\": ", "can.bo").status()).isEqualTo(400);
        assertThat(post("/api/v1/loans", """
                {"organisationId": "x", "fundId": "%s", "purpose": "p", "amountRequested": 0, "termMonths": 12}"""
                .formatted(fund), "can.bo").status()).isEqualTo(422);
        Response tooMuch = post("/api/v1/loans", """
                {"organisationId": "%s", "fundId": "%s", "purpose": "p", "amountRequested": 99000000000, "termMonths": 12}"""
                .formatted(knownCooperative("HTX Lớn"), fund), "can.bo");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.text("detail")).contains("amountRequested");
        assertThat(post(loan + "/approval", "{\"comment\": \"x\"}", "giam.doc", "If-Match", "\"1\"").status())
                .as("wrong state").isEqualTo(409);
        assertThat(post(loan + "/rejection", "{\"comment\": \" \"}", "giam.doc", "If-Match", "\"1\"").status())
                .as("a decision needs a comment").isEqualTo(422);
        assertThat(post(loan + "/rejection", "{\"comment\": \"Thiếu phương án\"}", "giam.doc", "If-Match", "\"9\"").status())
                .as("stale").isEqualTo(412);
        assertThat(http.get(loan).header("ETag")).isEqualTo("\"1\"");
        assertThat(post(loan + "/rejection", "{\"comment\": \"Thiếu phương án\"}", "giam.doc", "If-Match", "\"1\"").status())
                .isEqualTo(200);
    }

    @Test
    void everyLoanAndFundEventOnTheWireObeysItsSchema() {
        String loan = approved(knownCooperative("HTX Sự kiện"), 120_000_000);
        post(loan + "/disbursements", "{\"amount\": 120000000, \"disbursedOn\": \"2019-06-01\"}", "thu.quy");
        post(loan + "/repayments", "{\"amount\": 5000000, \"receivedOn\": \"2019-07-01\"}", "thu.quy");
        post("/api/v1/arrears-runs", "{\"businessDate\": \"2019-08-15\"}", "arrears");
        String loanId = loan.substring(loan.lastIndexOf('/') + 1);
        Set<String> subjects = Set.of(loanId, fund);

        var records = new KafkaTestConsumer().readUntil("loans.events", all -> all.stream()
                .filter(r -> subjects.contains(r.key())).count() >= 9, Duration.ofSeconds(60)).stream()
                .filter(r -> subjects.contains(r.key())).toList();

        EventSchemaValidator validator = new EventSchemaValidator();
        var everything = new KafkaTestConsumer().readAll("loans.events", Duration.ofSeconds(30));
        assertThat(everything).hasSizeGreaterThanOrEqualTo(records.size());
        for (var record : everything) { // every event any test of this class caused, whatever its type
            String type = KafkaTestConsumer.header(record, "ce_type");
            assertThat(validator.validate(type, record.value())).as("schema errors of %s", type).isEmpty();
        }
        for (var record : records) {
            String type = KafkaTestConsumer.header(record, "ce_type");
            assertThat(validator.validate(type, record.value())).as("schema errors of %s", type).isEmpty();
            assertThat(KafkaTestConsumer.header(record, "ce_source")).isEqualTo("/provinces/68/loans");
        }
        assertThat(records.stream().map(r -> KafkaTestConsumer.header(r, "ce_type")).collect(Collectors.toSet())).contains(
                EventTypes.Loans.DOSSIER_RECEIVED, EventTypes.Loans.DOSSIER_APPRAISED,
                EventTypes.Loans.DOSSIER_APPROVED, EventTypes.Loans.LOAN_TRANCHE_DISBURSED,
                EventTypes.Loans.LOAN_REPAYMENT_RECEIVED, EventTypes.Loans.LOAN_ARREARS_CHANGED,
                EventTypes.Loans.FUND_OPENED, EventTypes.Loans.FUND_CAPITAL_CHANGED);
    }

    @Autowired
    LoanService loanService;
    @Autowired
    LoanStore loanStore;
    @Autowired
    FundService fundService;

    /** A crash between the loan's reservation and the fund's booking, or between the booking and the confirmation. */
    @Test
    void aDisbursementACrashLeftHalfWayIsReconciledAgainstTheFundsLedger() {
        String booked = approved(knownCooperative("HTX Sập nguồn 1"), 70_000_000);
        String never = approved(knownCooperative("HTX Sập nguồn 2"), 30_000_000);
        String bookedTranche = reserve(booked, 70_000_000);
        String neverTranche = reserve(never, 30_000_000);
        fundService.book(fund, bookedTranche, LedgerEntryKind.LOAN_OUT, 70_000_000, LocalDate.of(2019, 6, 1),
                id(booked), "tranche", "thu.quy"); // the process died right after this

        assertThat(loanService.reconcilePendingTranches(Duration.ZERO)).isEqualTo(2);

        Response confirmed = http.get(booked);
        assertThat(confirmed.text("status")).isEqualTo("ACTIVE");
        assertThat(confirmed.json().get("tranches").get(0).get("state").asString()).isEqualTo("DISBURSED");
        assertThat(confirmed.json().get("schedule")).hasSize(36);
        Response dropped = http.get(never);
        assertThat(dropped.text("status")).isEqualTo("APPROVED");
        assertThat(dropped.json().get("tranches")).isEmpty();
        assertThat(available()).isEqualTo(5_000_000_000L - 70_000_000L);
        assertThat(loanService.reconcilePendingTranches(Duration.ZERO)).isZero();
    }

    private String reserve(String loan, long amount) {
        String trancheId = UUID.randomUUID().toString();
        var current = loanStore.get(id(loan));
        loanStore.change(id(loan), current.version(), dossier -> {
            dossier.reserveTranche(trancheId, amount, LocalDate.of(2019, 6, 1), null, "fingerprint", LocalDate.of(2026, 11, 22),
                    "thu.quy", NOW.minusSeconds(600));
            return List.of();
        });
        return trancheId;
    }

    @Test
    void aWrittenOffLoanIsRecordedInTheLedgerAndMoneyRecoveredLaterReturnsToTheFund() {
        String loan = approved(knownCooperative("HTX Mất khả năng trả nợ"), 90_000_000);
        post(loan + "/disbursements", "{\"amount\": 90000000, \"disbursedOn\": \"2019-06-01\"}", "thu.quy");
        Response writtenOff = post(loan + "/write-off", "{\"reason\": \"Hợp tác xã mất khả năng trả nợ\", \"on\": \"2021-01-10\"}",
                "giam.doc.quy", "If-Match", "\"" + http.get(loan).json().get("version").asLong() + "\"");
        assertThat(writtenOff.status()).as("%s", writtenOff.raw().body()).isEqualTo(200);
        assertThat(writtenOff.json().get("writtenOffAmount").asLong()).isEqualTo(90_000_000L);

        Response recovered = post(loan + "/repayments", "{\"amount\": 20000000, \"receivedOn\": \"2022-03-01\"}", "thu.quy");
        assertThat(recovered.status()).isEqualTo(201);
        Eventually.await("the recovery credited to the fund", () -> available() == 5_000_000_000L - 90_000_000L + 20_000_000L);
        JsonNode entries = http.get("/api/v1/funds/" + fund + "/ledger").json().get("entries");
        assertThat(entries.valueStream().map(e -> e.get("kind").asString()).toList())
                .contains("WRITE_OFF", "RECOVERED_AFTER_WRITE_OFF", "LOAN_OUT", "CONTRIBUTION");
        assertThat(post(loan + "/repayments", "{\"amount\": 70000001, \"receivedOn\": \"2022-03-02\"}", "thu.quy").status())
                .as("no more than what was written off").isEqualTo(422);
        JsonNode figures = http.get("/api/v1/portfolio?asOf=2022-12-31").json();
        assertThat(figures.get("writtenOff").asLong()).isGreaterThanOrEqualTo(90_000_000L);
    }

    @Test
    void payingTheWholePayoffSettlesTheLoan() {
        String loan = approved(knownCooperative("HTX Trả hết nợ"), 60_000_000);
        assertThat(post(loan + "/disbursements", "{\"amount\": 60000000, \"disbursedOn\": \"2019-06-01\"}", "thu.quy")
                .status()).isEqualTo(201);
        long payoff = http.get(loan + "/position?asOf=2019-09-10").json().get("payoffAmount").asLong();

        Response settled = post(loan + "/repayments", "{\"amount\": " + payoff + ", \"receivedOn\": \"2019-09-10\"}", "thu.quy");

        assertThat(settled.status()).isEqualTo(201);
        assertThat(settled.text("status")).isEqualTo("SETTLED");
        assertThat(http.get(loan + "/position?asOf=2019-09-10").json().get("outstandingPrincipal").asLong()).isZero();
        assertThat(post(loan + "/repayments", "{\"amount\": 1, \"receivedOn\": \"2019-09-11\"}", "thu.quy").status())
                .isEqualTo(409);
        Eventually.await("the principal back in the fund", () -> available() == 5_000_000_000L);
    }

    @Test
    void theAppraisalQueuePutsNewRuralAreaCommunesFirst() {
        String organisation = knownCooperative("HTX Xã nông thôn mới");
        String ordinary = dossier(organisation, 10_000_000);
        Response priority = post("/api/v1/loans", """
                {"organisationId": "%s", "fundId": "%s", "purpose": "Nhà sơ chế", "amountRequested": 20000000,
                 "termMonths": 24, "newRuralAreaCommune": true, "receivedOn": "2019-04-01"}""".formatted(organisation, fund),
                "can.bo");

        List<String> queue = http.get("/api/v1/loans?status=RECEIVED&organisationId=" + organisation + "&sort=priority")
                .json().valueStream().map(l -> l.get("id").asString()).toList();

        assertThat(queue).containsExactly(priority.text("id"), id(ordinary));
        assertThat(http.get("/api/v1/loans?sort=sideways").status()).isEqualTo(400);
    }

    private static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

}
