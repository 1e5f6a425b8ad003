package vn.hoptac.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hoptac.testsupport.BadInputContract;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.FixedVietnamClock;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.TestInfrastructure;
import vn.hoptac.testsupport.TestIssuer;

/**
 * Malformed requests against every operation of the campaign service, on real Kafka and the store:
 * a real issued plan with an activity, a conference, a newsletter issue and a target stand behind the ids in the paths.
 */
@SpringBootTest(classes = {CampaignApplication.class, FixedVietnamClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hoptac.alliance.province-code=68", "hoptac.topics.prefix=" + CampaignBadInputIT.PREFIX,
                "hoptac.campaigns.overdue-cron=-"})
@RealInfrastructure
class CampaignBadInputIT extends BadInputContract {

    static final String PREFIX = "fuzz68.";
    static String plan;
    static String gathering;
    static String publication;
    static String target;

    @LocalServerPort
    int port;

    @BeforeAll
    static void topics() {
        TestInfrastructure.shared().createTopics(List.of(PREFIX + "campaigns.events", PREFIX + "registry.events",
                PREFIX + "loans.events"), 6);
    }

    @BeforeEach
    void recordsToAimAt() {
        if (plan != null) {
            return;
        }
        Http http = new Http("http://127.0.0.1:" + port).as(TestIssuer.shared().bearer("can.bo", "68", "CAMPAIGN_OFFICER"));
        Http.Response drafted = http.post("/api/v1/plans", CampaignServiceIT.HEADING);
        assertThat(drafted.status()).as(drafted.raw().body()).isEqualTo(201);
        plan = drafted.text("id");
        assertThat(http.post("/api/v1/plans/" + plan + "/issue", "{\"number\": \"123/KH-LMHTX\", \"issuedOn\": \"2024-02-27\"}",
                "If-Match", "\"1\"").status()).isEqualTo(200);
        assertThat(http.post("/api/v1/plans/" + plan + "/activities", CampaignServiceIT.activity(1, "DIALOGUE_CONFERENCE",
                "2024-03-01", "2024-05-31"), "If-Match", "\"2\"").status()).isEqualTo(201);
        Http.Response conference = http.post("/api/v1/gatherings", """
                {"planId": "%s", "activityNumber": 1, "kind": "DIALOGUE_CONFERENCE", "title": "Hội nghị đối thoại",
                 "heldOn": "2024-05-20", "audiences": ["DIRECTORS"], "attendance": 90}""".formatted(plan));
        assertThat(conference.status()).as(conference.raw().body()).isEqualTo(201);
        gathering = conference.text("id");
        Http.Response newsletter = http.post("/api/v1/publications", """
                {"planId": "%s", "activityNumber": 1, "kind": "NEWSLETTER_ISSUE", "title": "Bản tin số 44", "issueNumber": 44,
                 "preparedFrom": "2024-03-01", "preparedTo": "2024-04-10"}""".formatted(plan));
        assertThat(newsletter.status()).as(newsletter.raw().body()).isEqualTo(201);
        publication = newsletter.text("id");
        Http.Response set = http.post("/api/v1/targets", """
                {"planId": "%s", "indicatorId": "campaigns.attendances", "windowFrom": "2024-03-01", "windowTo": "2024-12-31",
                 "atLeast": 1000}""".formatted(plan));
        assertThat(set.status()).as(set.raw().body()).isEqualTo(201);
        target = set.text("id");
        // The progress consumer keeps the conference's event; wait for it, so it changes nothing during the run.
        Eventually.await("the conference counted", () -> http.get("/api/v1/targets/" + target + "/progress").json()
                .get("actual").asLong() == 90);
    }

    @Override
    protected String province() {
        return "68";
    }

    @Override
    protected List<String> publishedTopics() {
        return List.of(PREFIX + "campaigns.events");
    }

    @Override
    protected List<String> consumerGroups() {
        return List.of("campaign-service-targets");
    }

    @Override
    protected String placeholder(String name, String path) {
        if (name.equals("number")) {
            return "1";
        }
        if (path.startsWith("/api/v1/plans")) {
            return plan;
        }
        if (path.startsWith("/api/v1/gatherings")) {
            return gathering;
        }
        if (path.startsWith("/api/v1/targets")) {
            return target;
        }
        return path.startsWith("/api/v1/publications") ? publication : super.placeholder(name, path);
    }
}
