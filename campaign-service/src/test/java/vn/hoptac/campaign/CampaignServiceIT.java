package vn.hoptac.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import vn.hoptac.contracts.EventSchemaValidator;
import vn.hoptac.contracts.EventTypes.Campaigns;
import vn.hoptac.testsupport.FixedVietnamClock;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.Http.Response;
import vn.hoptac.testsupport.KafkaTestConsumer;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.ServiceState;
import vn.hoptac.testsupport.TestInfrastructure;
import vn.hoptac.testsupport.TestIssuer;

/**
 * The campaign service on the real broker and the real store, for an alliance of Lâm Đồng (68): a
 * plan's commands through the shared command path (If-Match, idempotent drafts), its rules refused by
 * field with nothing stored or published, classes and newsletters of its activities, the meters, and
 * every event valid against its schema.
 */
@SpringBootTest(classes = {CampaignApplication.class, FixedVietnamClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hoptac.alliance.province-code=68", "hoptac.campaigns.metrics-every=1h",
                "hoptac.campaigns.overdue-cron=-"}) // the daily check at 00:15 must not change plans under a test
@RealInfrastructure
class CampaignServiceIT {

    static final String HEADING = """
            {"kind": "ACTION_MONTH", "title": "Tổ chức Tháng hành động vì Hợp tác xã năm 2024",
             "theme": "Vì sự phát triển bền vững của Hợp tác xã", "periodFrom": "2024-01-01", "periodTo": "2024-12-31",
             "peakFrom": "2024-03-29", "peakTo": "2024-04-29", "implementsPlanNumber": "70/KH-BTVLMHTXVN", "on": "2024-02-20"}""";

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    Http http;
    MongoClient mongo;
    ServiceState state;

    @BeforeAll
    static void topics() {
        TestInfrastructure.shared().createTopics(List.of("campaigns.events"), 6);
    }

    @BeforeEach
    void setUp() {
        http = new Http("http://127.0.0.1:" + port).as(TestIssuer.shared().bearer("uy.ban.kiem.tra", "68", "VIEWER"));
        ConnectionString uri = new ConnectionString(environment.getRequiredProperty("spring.mongodb.uri"));
        mongo = MongoClients.create(uri);
        state = new ServiceState(mongo.getDatabase(uri.getDatabase()), List.of("campaigns.events"));
    }

    @AfterEach
    void tearDown() {
        state.close();
        mongo.close();
    }

    static String officer() {
        return TestIssuer.shared().bearer("vu.thi.hang", "68", "CAMPAIGN_OFFICER");
    }

    Response change(String method, String path, String body, long version) {
        return http.request(method, path, body, "Authorization", officer(), "If-Match", "\"" + version + "\"");
    }

    /** A drafted plan (version 1), issued under a number of its own; its version is 2. */
    String issuedPlan(String number) {
        Response drafted = http.post("/api/v1/plans", HEADING, "Authorization", officer());
        assertThat(drafted.status()).as(drafted.raw().body()).isEqualTo(201);
        String plan = drafted.header("Location");
        Response issued = change("POST", plan + "/issue", "{\"number\": \"" + number + "\", \"issuedOn\": \"2024-02-27\"}", 1);
        assertThat(issued.status()).as(issued.raw().body()).isEqualTo(200);
        return plan;
    }

    static String activity(int number, String category, String from, String to) {
        return """
                {"number": %d, "title": "Nội dung %d", "category": "%s", "windowFrom": "%s", "windowTo": "%s",
                 "commune": "Gia Nghĩa", "provinceCode": "68", "formerProvinceCode": "67", "responsibleUnit": "Phòng KH&HT",
                 "on": "2024-02-28"}""".formatted(number, number, category, from, to);
    }

    @Test
    void aDraftIsCreatedOncePerIdempotencyKeyAndChangesNameTheVersionTheyRead() {
        Response first = http.post("/api/v1/plans", HEADING, "Authorization", officer(), "Idempotency-Key", "ke-hoach-123-2024");
        Response again = http.post("/api/v1/plans", HEADING, "Authorization", officer(), "Idempotency-Key", "ke-hoach-123-2024");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.text("id")).isEqualTo(first.text("id"));
        assertThat(first.text("theme")).isEqualTo("Vì sự phát triển bền vững của Hợp tác xã");
        Response otherBody = http.post("/api/v1/plans", HEADING.replace("năm 2024", "năm 2025"), "Authorization", officer(),
                "Idempotency-Key", "ke-hoach-123-2024");
        assertThat(otherBody.status()).isEqualTo(422);

        String plan = first.header("Location");
        Response withoutVersion = http.post(plan + "/issue", "{\"number\": \"123/KH-LMHTX\"}", "Authorization", officer());
        assertThat(withoutVersion.status()).isEqualTo(428);
        Response stale = change("POST", plan + "/issue", "{\"number\": \"123/KH-LMHTX\", \"issuedOn\": \"2024-02-27\"}", 8);
        assertThat(stale.status()).isEqualTo(412);
        Response issued = change("POST", plan + "/issue", "{\"number\": \"123/KH-LMHTX\", \"issuedOn\": \"2024-02-27\"}", 1);
        assertThat(issued.status()).as(issued.raw().body()).isEqualTo(200);
        assertThat(issued.header("ETag")).isEqualTo("\"2\"");
        assertThat(issued.text("status")).isEqualTo("ISSUED");

        String other = http.post("/api/v1/plans", HEADING, "Authorization", officer()).header("Location");
        Response sameNumber = change("POST", other + "/issue", "{\"number\": \"123/KH-LMHTX\", \"issuedOn\": \"2024-03-01\"}", 1);
        assertThat(sameNumber.status()).isEqualTo(422);
        assertThat(sameNumber.json().get("errors").get(0).get("field").asString()).isEqualTo("number");
        assertThat(change("POST", other + "/issue", "{\"number\": \"123/KH-LMHTX\", \"issuedOn\": \"2025-01-05\"}", 1).status())
                .as("numbering starts again each year").isEqualTo(200);
    }

    @Test
    void brokenRulesAreRefusedNamingTheFieldAndNothingIsStoredOrPublished() {
        String plan = issuedPlan("201/KH-LMHTX");
        assertThat(change("POST", plan + "/activities", activity(6, "ADMISSION_OF_MEMBERS", "2024-03-01", "2024-04-10"), 2)
                .status()).isEqualTo(201);
        String peakOutside = http.post("/api/v1/plans", HEADING, "Authorization", officer()).header("Location");
        state.awaitSettled(List.of("campaign-service-targets"));
        ServiceState.Snapshot before = state.snapshot();

        refusedNaming(change("POST", plan + "/activities", activity(7, "SEMINAR", "2024-12-20", "2025-01-10"), 3), 422, "windowTo");
        refusedNaming(change("POST", plan + "/activities", activity(6, "SEMINAR", "2024-04-01", "2024-04-11"), 3), 422, "number");
        refusedNaming(change("PUT", peakOutside + "/heading", HEADING.replace("\"peakTo\": \"2024-04-29\"",
                "\"peakTo\": \"2025-04-29\""), 1), 422, "peakTo");
        refusedNaming(http.post("/api/v1/plans", HEADING.replace("\"periodTo\": \"2024-12-31\"", "\"periodTo\": \"2023-12-31\""),
                "Authorization", officer()), 422, "periodTo");
        Response skipped = change("POST", plan + "/activities/6/completion", "{\"result\": \"Đã kết nạp\", \"on\": \"2024-04-05\"}", 3);
        assertThat(skipped.status()).isEqualTo(409);
        assertThat(skipped.json().get("detail").asString()).contains("Start it first");
        refusedNaming(change("POST", plan + "/activities/6/start", "{\"on\": \"2030-01-01\"}", 3), 422, "on");
        refusedNaming(http.post("/api/v1/gatherings", """
                {"planId": "%s", "activityNumber": 6, "kind": "ADVISORY_CLASS", "title": "Lớp tư vấn thành lập HTX",
                 "heldOn": "2023-11-01", "audiences": ["FOUNDERS"], "attendance": 30}""".formatted(id(plan)),
                "Authorization", officer()), 422, "heldOn");
        refusedNaming(http.post("/api/v1/publications", """
                {"planId": "%s", "activityNumber": 6, "kind": "NEWSLETTER_ISSUE", "title": "Bản tin số 44",
                 "preparedFrom": "2024-03-01", "preparedTo": "2024-04-10"}""".formatted(id(plan)),
                "Authorization", officer()), 422, "issueNumber");
        assertThat(state.snapshot()).as("nothing stored or published by a refused request").isEqualTo(before);

        Response closed = change("POST", plan + "/closure", "{\"assessment\": \"Hoàn thành\", \"closedOn\": \"2024-12-31\"}", 3);
        assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
        state.awaitSettled(List.of("campaign-service-targets"));
        ServiceState.Snapshot closedState = state.snapshot();
        Response addToClosed = change("POST", plan + "/activities", activity(8, "SEMINAR", "2024-04-01", "2024-04-11"), 4);
        assertThat(addToClosed.status()).isEqualTo(409);
        assertThat(addToClosed.json().get("detail").asString()).contains("read-only");
        assertThat(change("POST", plan + "/activities/6/start", "{\"on\": \"2024-12-31\"}", 4).status()).isEqualTo(409);
        assertThat(state.snapshot()).isEqualTo(closedState);
    }

    @Test
    void classesNewslettersAndCommendationsOfAPlansActivities() {
        String plan = issuedPlan("202/KH-LMHTX");
        assertThat(change("POST", plan + "/activities", activity(3, "NEWSLETTER_ISSUE", "2024-03-01", "2024-04-10"), 2)
                .status()).isEqualTo(201);
        assertThat(change("POST", plan + "/activities", activity(7, "DIALOGUE_CONFERENCE", "2024-03-01", "2024-05-31"), 3)
                .status()).isEqualTo(201);
        Response conference = http.post("/api/v1/gatherings", """
                {"planId": "%s", "activityNumber": 7, "kind": "HONOURING_CONFERENCE",
                 "title": "Hội nghị tuyên dương THT-HTX năm 2023", "heldOn": "2024-03-20", "commune": "Gia Nghĩa",
                 "provinceCode": "68", "formerProvinceCode": "67", "audiences": ["DIRECTORS", "BOARD_MEMBERS"],
                 "attendance": 150, "organisationIds": ["0b6f1d7e-6c1a-4c1e-9d55-3f0a2a9b7c11", "5c2e8f4a-1b3d-4e6f-8a9b-0c1d2e3f4a5b"]}""".formatted(id(plan)),
                "Authorization", officer(), "Idempotency-Key", "hoi-nghi-tuyen-duong-2023");
        assertThat(conference.status()).as(conference.raw().body()).isEqualTo(201);
        String gathering = conference.header("Location");
        Response award = change("POST", gathering + "/commendations", """
                {"organisationId": "0b6f1d7e-6c1a-4c1e-9d55-3f0a2a9b7c11", "title": "Bằng khen của Chủ tịch UBND tỉnh",
                 "awardedBy": "UBND tỉnh Đắk Nông"}""", 1);
        assertThat(award.status()).as(award.raw().body()).isEqualTo(200);
        assertThat(award.json().get("commendations").get(0).get("awardedOn").asString()).isEqualTo("2024-03-20");
        assertThat(change("PUT", gathering + "/attendance", "{\"attendance\": 1, \"on\": \"2024-03-21\"}", 2).status())
                .as("fewer than the organisations named").isEqualTo(422);

        Response newsletter = http.post("/api/v1/publications", """
                {"planId": "%s", "activityNumber": 3, "kind": "NEWSLETTER_ISSUE", "title": "Bản tin Kinh tế hợp tác số 44",
                 "issueNumber": 9044, "preparedFrom": "2024-03-01", "preparedTo": "2024-04-10"}""".formatted(id(plan)),
                "Authorization", officer());
        assertThat(newsletter.status()).as(newsletter.raw().body()).isEqualTo(201);
        Response twice = http.post("/api/v1/publications", """
                {"planId": "%s", "activityNumber": 3, "kind": "NEWSLETTER_ISSUE", "title": "Bản tin số 44 (lần 2)",
                 "issueNumber": 9044, "preparedFrom": "2024-03-01", "preparedTo": "2024-04-10"}""".formatted(id(plan)),
                "Authorization", officer());
        refusedNaming(twice, 422, "issueNumber");
        Response released = change("POST", newsletter.header("Location") + "/release", "{\"publishedOn\": \"2024-04-09\"}", 1);
        assertThat(released.status()).as(released.raw().body()).isEqualTo(200);
        assertThat(change("POST", newsletter.header("Location") + "/release", "{\"publishedOn\": \"2024-04-10\"}", 2).status())
                .isEqualTo(409);

        assertThat(http.get("/api/v1/gatherings?planId=" + id(plan)).json()).hasSize(1);
        assertThat(http.get("/api/v1/publications?planId=" + id(plan)).json().get(0).get("publishedOn").asString())
                .isEqualTo("2024-04-09");
    }

    @Test
    void theOverdueCheckMarksOpenActivitiesOnceAndTheMetersCountThem() {
        String plan = issuedPlan("203/KH-LMHTX");
        change("POST", plan + "/activities", activity(6, "ADMISSION_OF_MEMBERS", "2024-03-01", "2024-04-10"), 2);
        change("POST", plan + "/activities", activity(4, "SEMINAR", "2024-04-01", "2024-04-11"), 3);
        change("POST", plan + "/activities/4/start", "{\"on\": \"2024-04-01\"}", 4);
        change("POST", plan + "/activities/4/completion", "{\"result\": \"Đã tổ chức\", \"on\": \"2024-04-11\"}", 5);

        String operator = TestIssuer.shared().bearer("van.hanh", "68", "OPERATOR");
        assertThat(http.post("/api/v1/overdue-runs", "{\"businessDate\": \"2024-04-11\"}", "Authorization", officer()).status())
                .as("an officer does not run the platform's jobs").isEqualTo(403);
        Response run = http.post("/api/v1/overdue-runs", "{\"businessDate\": \"2024-04-12\"}", "Authorization", operator);
        assertThat(run.status()).as(run.raw().body()).isEqualTo(200);
        assertThat(run.json().get("activitiesMarked").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode marked = http.get(plan).json();
        assertThat(marked.get("overdueActivities").asInt()).isEqualTo(1);
        assertThat(marked.get("activities").get(1).get("overdue").asBoolean()).isTrue();
        assertThat(marked.get("activities").get(1).get("history").get(1).get("kind").asString()).isEqualTo("OVERDUE");
        assertThat(http.get(plan).header("ETag")).isEqualTo("\"7\"");
        http.post("/api/v1/overdue-runs", "{\"businessDate\": \"2024-04-13\"}", "Authorization", operator);
        assertThat(http.get(plan).header("ETag")).as("a rerun marks nothing twice").isEqualTo("\"7\"");

        String metrics = http.get("/actuator/prometheus").raw().body();
        assertThat(metrics).containsPattern("hoptac_campaigns_activities_overdue\\{[^}]*number=\"203/KH-LMHTX\"[^}]*} 1\\.0");
        assertThat(metrics).containsPattern("hoptac_campaigns_activities\\{[^}]*status=\"DONE\"[^}]*} [1-9]");
    }

    @Test
    void everyEventPublishedIsValidAgainstItsSchema() {
        String plan = issuedPlan("204/KH-LMHTX");
        change("POST", plan + "/activities", activity(2, "DIRECT_PROPAGANDA_CONFERENCE", "2024-03-01", "2024-05-31"), 2);
        change("PUT", plan + "/activities/2", activity(2, "DIRECT_PROPAGANDA_CONFERENCE", "2024-03-01", "2024-06-30"), 3);
        change("POST", plan + "/activities/2/cancellation", "{\"reason\": \"Gộp vào hội nghị đối thoại\", \"on\": \"2024-03-05\"}", 4);
        String planId = id(plan);
        var mine = new KafkaTestConsumer().readUntil("campaigns.events", all -> all.stream()
                .filter(r -> planId.equals(r.key())).count() >= 5, Duration.ofSeconds(60)).stream()
                .filter(r -> planId.equals(r.key())).toList();
        assertThat(mine.stream().map(r -> KafkaTestConsumer.header(r, "ce_type")).collect(Collectors.toSet())).containsAll(Set.of(
                Campaigns.PLAN_DRAFTED, Campaigns.PLAN_ISSUED, Campaigns.PLAN_ACTIVITY_ADDED, Campaigns.PLAN_ACTIVITY_AMENDED,
                Campaigns.PLAN_ACTIVITY_CANCELLED));
        EventSchemaValidator validator = new EventSchemaValidator();
        for (var record : new KafkaTestConsumer().readAll("campaigns.events", Duration.ofSeconds(30))) {
            String type = KafkaTestConsumer.header(record, "ce_type");
            assertThat(validator.validate(type, record.value())).as("schema errors of %s", type).isEmpty();
            assertThat(KafkaTestConsumer.header(record, "ce_source")).isEqualTo("/provinces/68/campaigns");
        }
    }

    static void refusedNaming(Response response, int status, String field) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .as(response.raw().body()).contains(field);
    }

    static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
