package vn.hoptac.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import vn.hoptac.plumbing.lease.StoreLease;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.FixedVietnamClock;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.Http.Response;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.TestInfrastructure;
import vn.hoptac.testsupport.TestIssuer;

/**
 * The daily overdue check on its own schedule (here every second) for Vietnam's business date: at
 * 01:30 on 22 November in Vietnam, while UTC's date is still the 21st, an activity whose window closed
 * on the 21st is overdue. One instance at a time runs it: while another holds the job's lease, a run is refused.
 */
@SpringBootTest(classes = {CampaignApplication.class, FixedVietnamClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hoptac.alliance.province-code=68", "hoptac.topics.prefix=" + OverdueScheduleIT.PREFIX,
                "hoptac.campaigns.overdue-cron=* * * * * *"})
@RealInfrastructure
class OverdueScheduleIT {

    static final String PREFIX = "daily68.";

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

    @BeforeAll
    static void topics() {
        TestInfrastructure.shared().createTopics(List.of(PREFIX + "campaigns.events"), 6);
    }

    @Test
    void theScheduledCheckMarksAnActivityTheDayAfterItsWindowInVietnam() {
        Http http = new Http("http://127.0.0.1:" + port).as(TestIssuer.shared().bearer("vu.thi.hang", "68", "CAMPAIGN_OFFICER"));
        Response drafted = http.post("/api/v1/plans", """
                {"kind": "ANNUAL_WORK_PLAN", "title": "Kế hoạch công tác năm 2026", "periodFrom": "2026-01-01",
                 "periodTo": "2026-12-31", "on": "2026-01-05"}""");
        assertThat(drafted.status()).as(drafted.raw().body()).isEqualTo(201);
        String plan = drafted.header("Location");
        assertThat(http.post(plan + "/issue", "{\"number\": \"05/KH-LMHTX\", \"issuedOn\": \"2026-01-06\"}", "If-Match", "\"1\"")
                .status()).isEqualTo(200);
        // The one the job will mark comes last, so no change here races with the job.
        assertThat(http.post(plan + "/activities", """
                {"number": 2, "title": "Hội nghị tổng kết năm", "category": "DIALOGUE_CONFERENCE", "windowFrom": "2026-11-22",
                 "windowTo": "2026-11-22", "provinceCode": "68", "on": "2026-01-06"}""", "If-Match", "\"2\"").status())
                .isEqualTo(201);
        assertThat(http.post(plan + "/activities", """
                {"number": 1, "title": "Lớp bồi dưỡng kế toán HTX", "category": "TRAINING_CLASS", "windowFrom": "2026-10-01",
                 "windowTo": "2026-11-21", "provinceCode": "68", "on": "2026-01-06"}""", "If-Match", "\"3\"").status())
                .isEqualTo(201);

        Eventually.await("the daily check to mark activity 1", Duration.ofSeconds(30),
                () -> http.get(plan).json().get("activities").get(0).get("overdue").asBoolean());
        JsonNode marked = http.get(plan).json().get("activities");
        JsonNode change = marked.get(0).get("history").get(1);
        assertThat(change.get("kind").asString()).isEqualTo("OVERDUE");
        assertThat(change.get("on").asString()).as("Vietnam's date, not UTC's").isEqualTo("2026-11-22");
        assertThat(change.get("actor").asString()).isEqualTo("overdue-job");
        assertThat(marked.get(1).get("overdue").asBoolean()).as("a window closing today is not late").isFalse();

        StoreLease another = new StoreLease(mongo, "overdue-job", "another-instance", Duration.ofMinutes(10), clock);
        Eventually.await("another instance to take the job's lease between two runs", Duration.ofSeconds(30),
                another::holdOrAcquire);
        try {
            Response refused = http.post("/api/v1/overdue-runs", "{\"businessDate\": \"2026-11-22\"}",
                    "Authorization", TestIssuer.shared().bearer("van.hanh", "68", "OPERATOR"));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("detail").asString()).contains("another instance");
        } finally {
            another.release();
        }
    }
}
