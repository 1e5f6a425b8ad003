package vn.hoptac.registry.foundergroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hoptac.contracts.EventCatalog;
import vn.hoptac.contracts.EventSchemaValidator;
import vn.hoptac.contracts.EventTypes;
import vn.hoptac.registry.RegistryApplication;
import vn.hoptac.registry.support.Officers;
import vn.hoptac.testsupport.CloudEventProducer;
import vn.hoptac.testsupport.ConsumerGroups;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.FixedVietnamClock;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.Http.Response;
import vn.hoptac.testsupport.KafkaTestConsumer;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.TestInfrastructure;

/**
 * Founder groups on the real broker and the real store, as an alliance of Lâm Đồng (68), which Đắk Nông
 * is part of now: recording, advice sessions, the link to the cooperative that follows from the
 * cooperative's registered event (also when that event is delivered again, names a group that already
 * founded another cooperative, or names no known group), the conversion figure, and the events on the wire.
 */
@SpringBootTest(classes = {RegistryApplication.class, FixedVietnamClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hoptac.alliance.province-code=68")
@RealInfrastructure
class FounderGroupApiIT {

    static final String PROVINCE = "68";
    static final String AUTHORIZATION = Officers.AUTHORIZATION;

    /** A registry officer's token; the subject becomes the actor in events. */
    static String officer(String subject) {
        return Officers.registryOfficer(subject, PROVINCE);
    }

    /** 01:30 on 22 November 2026 in Vietnam, while UTC's date is still the 21st. */
    static final Instant NOW = FixedVietnamClock.NOW;
    static final String TOPIC = "registry.events";
    static final String DEAD_LETTERS = "registry.events.registry-founder-groups.dlq";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Cached test contexts of other classes keep running their own consumer in the configured group,
     * against their own database; this context's consumer gets a group of its own, so every partition
     * of {@code registry.events} is read into this test's database. Everything else is the configured binding.
     */
    static final String GROUP = "registry-founder-groups-" + UUID.randomUUID();


    @DynamicPropertySource
    static void ownConsumerGroup(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.bindings.founderGroupLinks-in-0.group", () -> GROUP);
    }

    @BeforeAll
    static void topics() {
        TestInfrastructure.shared().createTopics(List.of(TOPIC, DEAD_LETTERS), 6);
    }

    @LocalServerPort
    int port;

    Http http;
    long run = System.nanoTime();
    int codes;

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port).as(Officers.viewer(PROVINCE));
    }

    @Test
    void anAdvisedGroupIsLinkedToTheCooperativeRegisteredWithItsIdAndARedeliveredEventChangesNothing() {
        Response recorded = record("Nhóm sáng lập HTX Dịch vụ Môi trường Gia Nghĩa", "2023-01-10");
        assertThat(recorded.status()).isEqualTo(201);
        String id = recorded.text("id");
        String location = recorded.header("Location");
        assertThat(location).isEqualTo("/api/v1/founder-groups/" + id);
        assertThat(recorded.header("ETag")).isEqualTo("\"1\"");
        assertThat(recorded.text("organisationId")).isNull();

        assertThat(advise(id, "\"1\"", "2023-02-20", "Điều lệ hợp tác xã").header("ETag")).isEqualTo("\"2\"");
        Response advised = advise(id, "\"2\"", "2023-04-15", "Phương án sản xuất kinh doanh");
        assertThat(advised.status()).isEqualTo(200);
        assertThat(advised.header("ETag")).isEqualTo("\"3\"");
        assertThat(advised.json().get("adviceSessions").valueStream().map(s -> s.get("topic").asString()).toList())
                .containsExactly("Điều lệ hợp tác xã", "Phương án sản xuất kinh doanh");

        String organisationId = registerCooperative("HTX Dịch vụ Môi trường Gia Nghĩa", "2024-03-01", id);

        Eventually.await("the group linked to its cooperative", WAIT,
                () -> organisationId.equals(http.get(location).text("organisationId")));
        Response linked = http.get(location);
        assertThat(linked.text("foundedOn")).isEqualTo("2024-03-01");
        assertThat(linked.header("ETag")).isEqualTo("\"4\"");

        RecordMetadata redelivered;
        try (CloudEventProducer producer = new CloudEventProducer()) {
            redelivered = producer.redeliver(TOPIC, registeredEventOf(organisationId));
        }
        ConsumerGroups.awaitConsumed(GROUP, redelivered, WAIT);

        assertThat(http.get(location).header("ETag")).isEqualTo("\"4\"");
        assertThat(http.get(location).text("organisationId")).isEqualTo(organisationId);
        assertThat(eventsOf(id, 4)).extracting(r -> KafkaTestConsumer.header(r, "ce_type"))
                .containsOnlyOnce(EventTypes.Registry.FOUNDER_GROUP_COOPERATIVE_FOUNDED);

        Response afterFounding = advise(id, "\"4\"", "2024-03-02", "Tư vấn sau thành lập");
        assertThat(afterFounding.status()).isEqualTo(422);
        assertThat(fields(afterFounding)).containsExactly("date");
        assertThat(advise(id, "\"4\"", "2024-03-01", "Hồ sơ đăng ký").status()).isEqualTo(200);
    }

    @Test
    void aSecondCooperativeNamingAnAlreadyLinkedGroupIsRegisteredButTheLinkIsRefusedNotRetried() {
        String id = record("Nhóm sáng lập HTX Cà phê Đắk Mil", "2022-05-01").text("id");
        String first = registerCooperative("HTX Cà phê Đắk Mil", "2022-09-01", id);
        Eventually.await("the group linked to its first cooperative", WAIT,
                () -> first.equals(http.get("/api/v1/founder-groups/" + id).text("organisationId")));

        String second = registerCooperative("HTX Cà phê Đắk Mil Hai", "2022-10-01", id);
        assertThat(http.get("/api/v1/organisations/" + second).text("status")).isEqualTo("OPERATING");
        ConsumerRecord<String, byte[]> registered = registeredEventOf(second);
        ConsumerGroups.awaitConsumed(GROUP, registered, WAIT);

        Response group = http.get("/api/v1/founder-groups/" + id);
        assertThat(group.text("organisationId")).isEqualTo(first);
        assertThat(group.text("foundedOn")).isEqualTo("2022-09-01");
        assertThat(group.header("ETag")).isEqualTo("\"2\"");
        assertThat(deadLetterKeys()).doesNotContain(second);
    }

    @Test
    void aCooperativeNamingAnUnknownGroupIsRegisteredAndTheEventSkippedNotDeadLettered() {
        String unknown = UUID.randomUUID().toString();
        String organisationId = registerCooperative("HTX Nông nghiệp Nhân Cơ", "2021-06-01", unknown);

        ConsumerRecord<String, byte[]> registered = registeredEventOf(organisationId);
        ConsumerGroups.awaitConsumed(GROUP, registered, WAIT);

        assertThat(http.get("/api/v1/founder-groups/" + unknown).status()).isEqualTo(404);
        assertThat(deadLetterKeys()).doesNotContain(organisationId);
    }

    /** Đắk Nông 2019 in small: the groups advised in a period, and those of them that founded their cooperative by its end. */
    @Test
    void theConversionCountsGroupsAdvisedInThePeriodAndThoseOfThemFoundedByItsEnd() {
        String foundedIn2019 = record("Nhóm sáng lập HTX Rau an toàn Đắk R'Lấp", "2019-01-15").text("id");
        advise(foundedIn2019, "\"1\"", "2019-02-01", "Luật Hợp tác xã 2012");
        advise(foundedIn2019, "\"2\"", "2019-05-10", "Điều lệ");
        String notFounded = record("Nhóm sáng lập HTX Hồ tiêu Tuy Đức", "2019-02-01").text("id");
        advise(notFounded, "\"1\"", "2019-03-01", "Luật Hợp tác xã 2012");
        String advisedIn2018Only = record("Nhóm sáng lập HTX Mắc ca Đắk Song", "2018-10-01").text("id");
        advise(advisedIn2018Only, "\"1\"", "2018-11-20", "Luật Hợp tác xã 2012");
        String foundedIn2020 = record("Nhóm sáng lập HTX Chăn nuôi Krông Nô", "2019-10-01").text("id");
        advise(foundedIn2020, "\"1\"", "2019-11-05", "Phương án kinh doanh");

        String cooperative2019 = registerCooperative("HTX Rau an toàn Đắk R'Lấp", "2019-09-01", foundedIn2019);
        String cooperative2020 = registerCooperative("HTX Chăn nuôi Krông Nô", "2020-02-01", foundedIn2020);
        Eventually.await("both groups linked", WAIT,
                () -> cooperative2019.equals(http.get("/api/v1/founder-groups/" + foundedIn2019).text("organisationId"))
                        && cooperative2020.equals(http.get("/api/v1/founder-groups/" + foundedIn2020).text("organisationId")));

        Response year2019 = http.get("/api/v1/founder-groups/conversion?from=2019-01-01&to=2019-12-31");
        assertThat(year2019.status()).isEqualTo(200);
        assertThat(year2019.text("from")).isEqualTo("2019-01-01");
        assertThat(year2019.text("to")).isEqualTo("2019-12-31");
        assertThat(year2019.json().get("groupsAdvised").asInt()).isEqualTo(3);
        assertThat(year2019.json().get("cooperativesFounded").asInt()).isEqualTo(1);
        assertThat(year2019.json().get("conversionRate").decimalValue()).isEqualByComparingTo("0.3333");

        Response twoYears = http.get("/api/v1/founder-groups/conversion?from=2019-01-01&to=2020-12-31");
        assertThat(twoYears.json().get("groupsAdvised").asInt()).isEqualTo(3);
        assertThat(twoYears.json().get("cooperativesFounded").asInt()).isEqualTo(2);
        assertThat(twoYears.json().get("conversionRate").decimalValue()).isEqualByComparingTo("0.6667");

        Response firstHalf2019 = http.get("/api/v1/founder-groups/conversion?from=2019-01-01&to=2019-06-30");
        assertThat(firstHalf2019.json().get("groupsAdvised").asInt()).isEqualTo(2);
        assertThat(firstHalf2019.json().get("cooperativesFounded").asInt()).isZero();

        Response nobody = http.get("/api/v1/founder-groups/conversion?from=2017-01-01&to=2017-12-31");
        assertThat(nobody.json().get("groupsAdvised").asInt()).isZero();
        assertThat(nobody.json().get("conversionRate").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void everyFounderGroupEventOnTheWireIsASchemaValidCloudEventKeyedByTheGroup() {
        String id = record("Nhóm sáng lập HTX Thu gom rác Đắk Glong", "2020-03-01").text("id");
        advise(id, "\"1\"", "2020-04-02", "Dịch vụ thu gom rác thải");
        String organisationId = registerCooperative("HTX Thu gom rác Đắk Glong", "2020-08-15", id);

        List<ConsumerRecord<String, byte[]>> records = eventsOf(id, 3);

        assertThat(records).extracting(r -> KafkaTestConsumer.header(r, "ce_type")).containsExactly(
                EventTypes.Registry.FOUNDER_GROUP_RECORDED, EventTypes.Registry.FOUNDER_GROUP_ADVISED,
                EventTypes.Registry.FOUNDER_GROUP_COOPERATIVE_FOUNDED);
        assertThat(records).extracting(r -> KafkaTestConsumer.header(r, "ce_sequence")).containsExactly("1", "2", "3");
        EventCatalog catalog = EventCatalog.load();
        EventSchemaValidator validator = new EventSchemaValidator();
        for (var record : records) {
            String type = KafkaTestConsumer.header(record, "ce_type");
            assertThat(validator.validate(type, record.value())).as("schema errors of %s", type).isEmpty();
            assertThat(KafkaTestConsumer.header(record, "ce_subject")).isEqualTo(id);
            assertThat(KafkaTestConsumer.header(record, "ce_source")).isEqualTo("/provinces/68/registry");
            assertThat(KafkaTestConsumer.header(record, "ce_dataschema")).isEqualTo(catalog.require(type).dataSchema());
            assertThat(JSON.readTree(record.value()).get("founderGroupId").asString()).isEqualTo(id);
            assertThat(JSON.readTree(record.value()).get("provinceCode").asString()).isEqualTo("68");
        }
        JsonNode recorded = JSON.readTree(records.get(0).value());
        assertThat(recorded.get("effectiveOn").asString()).isEqualTo("2020-03-01");
        assertThat(recorded.get("intendedSector").asString()).isEqualTo("ENVIRONMENT");
        assertThat(recorded.get("actor").asString()).isEqualTo("can.bo.lien.minh");
        JsonNode advised = JSON.readTree(records.get(1).value());
        assertThat(advised.get("effectiveOn").asString()).isEqualTo("2020-04-02");
        assertThat(advised.get("adviser").asString()).isEqualTo("tu.van.vien");
        assertThat(advised.get("sessionId").asString()).isNotBlank();
        JsonNode founded = JSON.readTree(records.get(2).value());
        assertThat(founded.get("effectiveOn").asString()).isEqualTo("2020-08-15");
        assertThat(founded.get("organisationId").asString()).isEqualTo(organisationId);
        assertThat(founded.get("actor").asString()).isEqualTo("can.bo.dang.ky");
    }

    @Test
    void aRetriedRecordingWithTheSameIdempotencyKeyRecordsOnce() {
        String body = recording("Nhóm sáng lập HTX Dâu tằm Đắk Mil", "2025-01-10");
        String key = "founder-group-" + run;

        Response first = http.post("/api/v1/founder-groups", body, AUTHORIZATION, officer("can.bo.lien.minh"), "Idempotency-Key", key);
        Response retry = http.post("/api/v1/founder-groups", body, AUTHORIZATION, officer("can.bo.lien.minh"), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(http.post("/api/v1/founder-groups", recording("Nhóm khác", "2025-01-10"), AUTHORIZATION, officer("can.bo.lien.minh"),
                "Idempotency-Key", key).status()).isEqualTo(422);
        Response list = http.get("/api/v1/founder-groups?size=100");
        assertThat(list.json().get("items").valueStream().filter(g -> g.get("id").asString().equals(first.text("id"))))
                .hasSize(1);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStaleOrMissingVersionsAndUnknownGroupsToo() {
        Response noName = http.post("/api/v1/founder-groups", """
                {"intendedSector": "AGRICULTURE", "recordedOn": "2026-01-05"}""", AUTHORIZATION, officer("can.bo"));
        assertThat(noName.status()).isEqualTo(422);
        assertThat(fields(noName)).containsExactly("name");

        // UTC's date is the 21st: the 22nd is today in Vietnam, the 23rd is the future.
        assertThat(record("Nhóm hôm nay", "2026-11-22").status()).isEqualTo(201);
        Response future = record("Nhóm ngày mai", "2026-11-23");
        assertThat(future.status()).isEqualTo(422);
        assertThat(fields(future)).containsExactly("recordedOn");

        Response unknownSector = http.post("/api/v1/founder-groups", recording("Nhóm X", "2026-01-05")
                .replace("ENVIRONMENT", "FISHING"), AUTHORIZATION, officer("can.bo"));
        assertThat(unknownSector.status()).isEqualTo(400);
        assertThat(fields(unknownSector)).containsExactly("intendedSector");
        assertThat(http.anonymous().post("/api/v1/founder-groups", recording("Nhóm X", "2026-01-05")).status()).isEqualTo(401);

        String id = record("Nhóm sáng lập HTX Sầu riêng", "2026-01-05").text("id");
        Response futureSession = advise(id, "\"1\"", "2026-11-23", "Điều lệ");
        assertThat(futureSession.status()).isEqualTo(422);
        assertThat(fields(futureSession)).containsExactly("date");
        Response beforeRecorded = advise(id, "\"1\"", "2026-01-04", "Điều lệ");
        assertThat(fields(beforeRecorded)).containsExactly("date");
        Response noTopic = http.post("/api/v1/founder-groups/" + id + "/advice-sessions",
                "{\"date\": \"2026-02-01\", \"adviser\": \"tu.van.vien\"}", AUTHORIZATION, officer("can.bo"), "If-Match", "\"1\"");
        assertThat(noTopic.status()).isEqualTo(422);
        assertThat(fields(noTopic)).containsExactly("topic");

        assertThat(advise(id, "\"1\"", "2026-02-01", "Điều lệ").status()).isEqualTo(200);
        Response stale = advise(id, "\"1\"", "2026-02-02", "Phương án");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(http.get("/api/v1/founder-groups/" + id).json().get("adviceSessions").size()).isEqualTo(1);
        Response blind = http.post("/api/v1/founder-groups/" + id + "/advice-sessions",
                "{\"date\": \"2026-02-02\", \"topic\": \"Phương án\", \"adviser\": \"tu.van.vien\"}", AUTHORIZATION, officer("can.bo"));
        assertThat(blind.status()).isEqualTo(428);

        String nobody = UUID.randomUUID().toString();
        Response missing = http.get("/api/v1/founder-groups/" + nobody);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(advise(nobody, "\"1\"", "2026-02-01", "Điều lệ").status()).isEqualTo(404);

        assertThat(http.get("/api/v1/founder-groups/conversion?from=2020-01-01&to=2019-01-01").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/founder-groups/conversion?from=2020-01-01").status()).isEqualTo(400);
    }

    // --- helpers

    static String recording(String name, String recordedOn) {
        return """
                {"name": "%s", "contact": "Ông Y Điêng, 0912 345 678", "intendedSector": "ENVIRONMENT",
                 "commune": "Nghĩa Đức", "recordedOn": "%s"}""".formatted(name, recordedOn);
    }

    Response record(String name, String recordedOn) {
        return http.post("/api/v1/founder-groups", recording(name, recordedOn), AUTHORIZATION, officer("can.bo.lien.minh"));
    }

    Response advise(String id, String ifMatch, String date, String topic) {
        return http.post("/api/v1/founder-groups/" + id + "/advice-sessions", """
                {"date": "%s", "topic": "%s", "adviser": "tu.van.vien"}""".formatted(date, topic),
                AUTHORIZATION, officer("can.bo.lien.minh"), "If-Match", ifMatch);
    }

    /** Registers a cooperative of Lâm Đồng through the registry's own API, naming its founder group. */
    String registerCooperative(String name, String foundedOn, String founderGroupId) {
        String code = String.format("%010d", Math.floorMod(run * 100_000L + ++codes, 10_000_000_000L));
        Response registered = http.post("/api/v1/organisations", """
                {"registrationCode": "%s", "name": "%s", "type": "COOPERATIVE", "sector": "ENVIRONMENT",
                 "provinceCode": "68", "commune": "Nghĩa Đức", "foundedOn": "%s", "membersCount": 12, "workersCount": 20,
                 "founderGroupId": "%s"}""".formatted(code, name, foundedOn, founderGroupId), AUTHORIZATION, officer("can.bo.dang.ky"));
        assertThat(registered.status()).as("registration %s", registered.json()).isEqualTo(201);
        return registered.text("id");
    }

    static ConsumerRecord<String, byte[]> registeredEventOf(String organisationId) {
        var records = new KafkaTestConsumer().readUntil(TOPIC, all -> all.stream().anyMatch(r -> organisationId.equals(r.key())),
                WAIT);
        return records.stream().filter(r -> organisationId.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("No registered event of " + organisationId + " on " + TOPIC));
    }

    static List<String> deadLetterKeys() {
        return new KafkaTestConsumer().readAll(DEAD_LETTERS, WAIT).stream().map(ConsumerRecord::key).toList();
    }

    /** The group's events on the wire, once at least {@code count} of them arrived. */
    static List<ConsumerRecord<String, byte[]>> eventsOf(String founderGroupId, int count) {
        return new KafkaTestConsumer().readUntil(TOPIC,
                all -> all.stream().filter(r -> founderGroupId.equals(r.key())).count() >= count, WAIT).stream()
                .filter(r -> founderGroupId.equals(r.key())).toList();
    }

    static List<String> fields(Response problem) {
        assertThat(problem.json()).as("problem details body").isNotNull();
        assertThat(problem.json().get("errors")).as("errors in %s", problem.json()).isNotNull();
        return problem.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
