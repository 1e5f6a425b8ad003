package vn.hoptac.campaign.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import vn.hoptac.campaign.CampaignApplication;
import vn.hoptac.contracts.EventSchemaValidator;
import vn.hoptac.contracts.EventTypes.Campaigns;
import vn.hoptac.contracts.EventTypes.Registry;
import vn.hoptac.plumbing.events.EventJson;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.FixedVietnamClock;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.Http.Response;
import vn.hoptac.testsupport.KafkaTestConsumer;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.RegistryFeed;
import vn.hoptac.testsupport.ServiceState;
import vn.hoptac.testsupport.TestInfrastructure;
import vn.hoptac.testsupport.TestIssuer;

/**
 * Targets that move by themselves, on the real broker and the real store, for Bắc Giang's alliance
 * (24, in Bắc Ninh since 2025): the registry's events, as Kafka delivers them, make up the actual by
 * the published indicator; a redelivery counts once, an event outside the window not at all, a
 * dissolution does not un-found; the 57th new cooperative of the first half reaches the whole year's
 * target of 57 and {@code target.reached} names it, once.
 */
@SpringBootTest(classes = {CampaignApplication.class, FixedVietnamClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hoptac.alliance.province-code=24", "hoptac.topics.prefix=" + TargetProgressIT.PREFIX,
                "hoptac.campaigns.overdue-cron=-"})
@RealInfrastructure
class TargetProgressIT {

    static final String PREFIX = "targets24.";
    static RegistryFeed registry;

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;

    @BeforeAll
    static void topics() {
        createTopics(PREFIX);
        registry = new RegistryFeed("24", PREFIX + "registry.events");
    }

    /** The topics the campaign service reads and writes under {@code prefix}, with its consumer's dead letters. */
    static void createTopics(String prefix) {
        TestInfrastructure.shared().createTopics(List.of(prefix + "registry.events", prefix + "loans.events",
                prefix + "campaigns.events", prefix + "registry.events.campaign-service-targets.dlq",
                prefix + "loans.events.campaign-service-targets.dlq", prefix + "campaigns.events.campaign-service-targets.dlq"), 6);
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    Http http() {
        return new Http("http://127.0.0.1:" + port).as(TestIssuer.shared().bearer("xem", "24", "VIEWER"));
    }

    static String officer() {
        return TestIssuer.shared().bearer("can.bo.ke.hoach", "24", "CAMPAIGN_OFFICER");
    }

    String issuedPlan(String number) {
        Http http = http();
        Response drafted = http.post("/api/v1/plans", """
                {"kind": "ANNUAL_WORK_PLAN", "title": "Kế hoạch phát triển kinh tế tập thể năm 2022", "periodFrom": "2022-01-01",
                 "periodTo": "2022-12-31", "on": "2022-01-04"}""", "Authorization", officer());
        assertThat(drafted.status()).as(drafted.raw().body()).isEqualTo(201);
        String plan = drafted.text("id");
        assertThat(http.post("/api/v1/plans/" + plan + "/issue", "{\"number\": \"" + number + "\", \"issuedOn\": \"2022-01-05\"}",
                "Authorization", officer(), "If-Match", "\"1\"").status()).isEqualTo(200);
        return plan;
    }

    static String registered(String id, String name, String type, String sector, String foundedOn) {
        return """
                {"organisationId": "%s", "provinceCode": "24", "organisationType": "%s", "status": "OPERATING",
                 "effectiveOn": "%s", "actor": "registry.officer", "founderGroupId": null,
                 "profile": {"registrationCode": %s, "name": "%s", "type": "%s", "sector": "%s", "legalBasis": "LAW_2012",
                  "provinceCode": "24", "commune": "Lục Ngạn", "addressLine": null, "foundedOn": "%s", "membersCount": 7,
                  "workersCount": 10, "charterCapital": 500000000, "formerProvinceCode": null}}"""
                .formatted(id, type, foundedOn, type.equals("COOPERATIVE_GROUP") ? "null" : "\"24" + String.format("%08d",
                        Math.abs(id.hashCode()) % 100_000_000) + "\"", name, type, sector, foundedOn);
    }

    @Test
    void theFiftySeventhNewCooperativeOfTheFirstHalfReachesTheWholeYearsTarget() {
        String plan = issuedPlan("15/KH-LMHTX");
        Response set = http().post("/api/v1/targets", """
                {"planId": "%s", "indicatorId": "registry.cooperatives-founded", "windowFrom": "2022-01-01",
                 "windowTo": "2022-12-31", "atLeast": 57, "on": "2022-01-05"}""".formatted(plan), "Authorization", officer());
        assertThat(set.status()).as(set.raw().body()).isEqualTo(201);
        String target = set.header("Location");
        Response agricultural = http().post("/api/v1/targets", """
                {"planId": "%s", "indicatorId": "registry.cooperatives-founded", "filter": {"sector": "AGRICULTURE"},
                 "windowFrom": "2022-01-01", "windowTo": "2022-12-31", "atLeast": 40}""".formatted(plan), "Authorization", officer());
        assertThat(agricultural.status()).as(agricultural.raw().body()).isEqualTo(201);

        List<String> cooperatives = new ArrayList<>();
        for (int i = 1; i <= 56; i++) {
            String id = UUID.randomUUID().toString();
            cooperatives.add(id);
            LocalDate founded = LocalDate.of(2022, 1, 10).plusDays(i * 2L);
            registry.send(Registry.ORGANISATION_REGISTERED, id, 1, registered(id, "Hợp tác xã vải thiều số " + i, "COOPERATIVE",
                    i % 3 == 0 ? "TRADE_SERVICES" : "AGRICULTURE", founded.toString()));
        }
        String first = cooperatives.get(0);
        registry.send(Registry.ORGANISATION_REGISTERED, UUID.randomUUID().toString(), 1,
                registered(UUID.randomUUID().toString(), "HTX thành lập năm trước", "COOPERATIVE", "AGRICULTURE", "2021-12-20"));
        registry.send(Registry.ORGANISATION_REGISTERED, UUID.randomUUID().toString(), 1,
                registered(UUID.randomUUID().toString(), "Tổ hợp tác trồng nấm", "COOPERATIVE_GROUP", "AGRICULTURE", "2022-03-01"));
        registry.send(Registry.ORGANISATION_DISSOLVED, first, 2, registry.dissolved(first, "COOPERATIVE", "2022-05-30"));
        Eventually.await("56 new cooperatives counted", Duration.ofSeconds(60),
                () -> http().get(target + "/progress").json().get("actual").asLong() == 56);

        String fiftySeventh = UUID.randomUUID().toString();
        String reaching = registry.send(Registry.ORGANISATION_REGISTERED, fiftySeventh, 1,
                registered(fiftySeventh, "Hợp tác xã nông nghiệp Tân Yên", "COOPERATIVE", "AGRICULTURE", "2022-06-20"));
        // A redelivery of the same event: counted once.
        registry.send(reaching, Registry.ORGANISATION_REGISTERED, fiftySeventh, 1,
                registered(fiftySeventh, "Hợp tác xã nông nghiệp Tân Yên", "COOPERATIVE", "AGRICULTURE", "2022-06-20"));

        Eventually.await("the target reached", Duration.ofSeconds(60),
                () -> http().get(target).json().get("reached").asBoolean());
        JsonNode progress = http().get(target + "/progress?asOf=2022-06-30").json();
        assertThat(progress.get("actual").asLong()).isEqualTo(57);
        assertThat(progress.get("reached").asBoolean()).isTrue();
        assertThat(progress.get("percent").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(progress.get("events")).hasSize(57);
        assertThat(progress.get("events").get(56).get("eventId").asString()).isEqualTo(reaching);
        assertThat(http().get(target + "/progress?asOf=2022-06-19").json().get("actual").asLong())
                .as("as of the day before the 57th").isEqualTo(56);
        JsonNode reachedBy = http().get(target).json().get("reachedBy");
        assertThat(reachedBy.get("eventSubject").asString()).isEqualTo(fiftySeventh);
        assertThat(reachedBy.get("on").asString()).isEqualTo("2022-06-20");
        assertThat(http().get(agricultural.header("Location") + "/progress").json().get("actual").asLong())
                .as("the agricultural ones only").isEqualTo(57 - 56 / 3);

        String targetId = target.substring(target.lastIndexOf('/') + 1);
        var reachedEvents = new KafkaTestConsumer().readUntil(PREFIX + "campaigns.events", all -> all.stream()
                .anyMatch(r -> targetId.equals(r.key()) && Campaigns.TARGET_REACHED.equals(KafkaTestConsumer.header(r, "ce_type"))),
                Duration.ofSeconds(60)).stream().filter(r -> targetId.equals(r.key())).toList();
        // set, then one progressed per new cooperative (1 to 57: the redelivery and the dissolution move nothing),
        // the 57th written with the reached in one change
        List<String> types = reachedEvents.stream().map(r -> KafkaTestConsumer.header(r, "ce_type")).toList();
        assertThat(types.get(0)).isEqualTo(Campaigns.TARGET_SET);
        assertThat(types.subList(1, 58)).containsOnly(Campaigns.TARGET_PROGRESSED);
        assertThat(types.subList(58, types.size())).containsExactly(Campaigns.TARGET_REACHED);
        assertThat(reachedEvents.subList(1, 58).stream().map(r -> EventJson.mapper().readTree(r.value()).get("actual").asLong()).toList())
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, 57).boxed().toList());
        JsonNode last = EventJson.mapper().readTree(reachedEvents.get(57).value());
        assertThat(last.get("eventId").asString()).isEqualTo(reaching);
        assertThat(last.get("atLeast").asLong()).isEqualTo(57);
        EventSchemaValidator validator = new EventSchemaValidator();
        for (var record : reachedEvents) {
            assertThat(validator.validate(KafkaTestConsumer.header(record, "ce_type"), record.value())).isEmpty();
        }
    }

    @Test
    void badTargetsAreRefusedNamingTheFieldAndNothingIsStoredOrPublished() {
        String plan = issuedPlan("16/KH-LMHTX");
        ConnectionString uri = new ConnectionString(environment.getRequiredProperty("spring.mongodb.uri"));
        try (MongoClient mongo = MongoClients.create(uri);
                ServiceState state = new ServiceState(mongo.getDatabase(uri.getDatabase()),
                        List.of(PREFIX + "campaigns.events", PREFIX + "registry.events"))) {
            state.awaitSettled(List.of("campaign-service-targets"));
            ServiceState.Snapshot before = state.snapshot();
            String body = """
                    {"planId": "%s", "indicatorId": "%s", "filter": %s, "windowFrom": "%s", "windowTo": "%s", "atLeast": %d,
                     "atMost": %s}""";
            refused(body.formatted(plan, "registry.hop-tac-xa", "{}", "2022-01-01", "2022-12-31", 5, "null"), "indicatorId");
            refused(body.formatted(plan, "campaigns.activities-done", "{\"sector\": \"AGRICULTURE\"}", "2022-01-01", "2022-12-31",
                    5, "null"), "filter");
            refused(body.formatted(plan, "registry.cooperatives-founded", "{}", "2021-07-01", "2022-12-31", 5, "null"),
                    "windowFrom");
            refused(body.formatted(plan, "registry.cooperatives-founded", "{}", "2022-01-01", "2022-12-31", -1, "null"), "atLeast");
            refused(body.formatted(plan, "registry.cooperatives-founded", "{}", "2022-01-01", "2022-12-31", 35, "30"), "atMost");
            assertThat(state.snapshot()).isEqualTo(before);
        }
    }

    void refused(String body, String field) {
        Response response = http().post("/api/v1/targets", body, "Authorization", officer());
        assertThat(response.status()).as(response.raw().body()).isEqualTo(422);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList()).contains(field);
    }
}
