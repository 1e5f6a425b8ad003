package vn.hoptac.campaign.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.hoptac.campaign.CampaignApplication;
import vn.hoptac.contracts.EventTypes.Registry;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.FixedVietnamClock;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.Http.Response;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.RegistryFeed;
import vn.hoptac.testsupport.TestIssuer;

/**
 * Thái Nguyên 2019 (alliance 19): 30–35 new cooperatives, of which at least 25 agricultural — two
 * targets, one filtered by sector — on the real broker and the store. Within the range the goal holds;
 * past its upper end the target stays reached but is no longer within the range.
 */
@SpringBootTest(classes = {CampaignApplication.class, FixedVietnamClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hoptac.alliance.province-code=19", "hoptac.topics.prefix=" + ThaiNguyenTargetsIT.PREFIX,
                "hoptac.campaigns.overdue-cron=-"})
@RealInfrastructure
class ThaiNguyenTargetsIT {

    static final String PREFIX = "targets19.";
    static RegistryFeed registry;

    @LocalServerPort
    int port;

    @BeforeAll
    static void topics() {
        TargetProgressIT.createTopics(PREFIX);
        registry = new RegistryFeed("19", PREFIX + "registry.events");
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @Test
    void thirtyToThirtyFiveNewCooperativesOfWhichAtLeastTwentyFiveAgricultural() {
        Http http = new Http("http://127.0.0.1:" + port).as(TestIssuer.shared().bearer("can.bo", "19", "CAMPAIGN_OFFICER"));
        String plan = http.post("/api/v1/plans", """
                {"kind": "ANNUAL_WORK_PLAN", "title": "Kế hoạch công tác năm 2019", "periodFrom": "2019-01-01",
                 "periodTo": "2019-12-31", "on": "2019-01-03"}""").text("id");
        String range = set(http, plan, "{}", 30, 35L);
        String agricultural = set(http, plan, "{\"sector\": \"AGRICULTURE\"}", 25, null);

        for (int i = 1; i <= 33; i++) {
            register(i <= 26 ? "AGRICULTURE" : "TRADE_SERVICES", LocalDate.of(2019, 1, 20).plusDays(i * 9L));
        }
        Eventually.await("33 counted", Duration.ofSeconds(60), () -> actual(http, range) == 33);
        JsonNode within = http.get(range + "/progress").json();
        assertThat(within.get("reached").asBoolean()).isTrue();
        assertThat(within.get("withinRange").asBoolean()).isTrue();
        assertThat(within.get("percent").decimalValue()).isEqualByComparingTo("110.0");
        JsonNode farming = http.get(agricultural + "/progress").json();
        assertThat(farming.get("actual").asLong()).isEqualTo(26);
        assertThat(farming.get("reached").asBoolean()).isTrue();
        assertThat(http.get(range + "/progress?asOf=2019-06-30").json().get("actual").asLong())
                .as("the first half").isEqualTo(17);

        for (int i = 0; i < 3; i++) {
            register("TRADE_SERVICES", LocalDate.of(2019, 12, 10).plusDays(i));
        }
        Eventually.await("36 counted", Duration.ofSeconds(60), () -> actual(http, range) == 36);
        assertThat(http.get(range + "/progress").json().get("withinRange").asBoolean()).as("past 35").isFalse();
        assertThat(http.get(range).json().get("reached").asBoolean()).isTrue();
    }

    static long actual(Http http, String target) {
        return http.get(target + "/progress").json().get("actual").asLong();
    }

    static String set(Http http, String plan, String filter, long atLeast, Long atMost) {
        Response set = http.post("/api/v1/targets", """
                {"planId": "%s", "indicatorId": "registry.cooperatives-founded", "filter": %s, "windowFrom": "2019-01-01",
                 "windowTo": "2019-12-31", "atLeast": %d, "atMost": %s}""".formatted(plan, filter, atLeast, atMost));
        assertThat(set.status()).as(set.raw().body()).isEqualTo(201);
        return set.header("Location");
    }

    static void register(String sector, LocalDate foundedOn) {
        String id = UUID.randomUUID().toString();
        registry.send(Registry.ORGANISATION_REGISTERED, id, 1, TargetProgressIT.registered(id, "Hợp tác xã chè Tân Cương",
                "COOPERATIVE", sector, foundedOn.toString()).replace("\"24\"", "\"19\""));
    }
}
