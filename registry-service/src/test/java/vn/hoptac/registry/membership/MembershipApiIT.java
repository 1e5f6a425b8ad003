package vn.hoptac.registry.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hoptac.contracts.EventCatalog;
import vn.hoptac.contracts.EventSchemaValidator;
import vn.hoptac.contracts.EventTypes;
import vn.hoptac.registry.RegistryApplication;
import vn.hoptac.registry.support.Officers;
import vn.hoptac.registry.support.Organisations;
import vn.hoptac.testsupport.FixedVietnamClock;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.Http.Response;
import vn.hoptac.testsupport.KafkaTestConsumer;
import vn.hoptac.testsupport.RealInfrastructure;

/**
 * The alliance's admissions on the real broker and the real store: a batch admits operating
 * organisations and says why it refused the others, a retried batch admits nobody twice, memberships
 * end, the member list as of any date, and the events on the wire.
 */
@SpringBootTest(classes = {RegistryApplication.class, FixedVietnamClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class MembershipApiIT {

    static final String PROVINCE = "19";
    static final String AUTHORIZATION = Officers.AUTHORIZATION;

    /** A registry officer's token; the subject becomes the actor in events. */
    static String officer(String subject) {
        return Officers.registryOfficer(subject, PROVINCE);
    }

    /** 01:30 on 22 November 2026 in Vietnam, while UTC's date is still the 21st. */
    static final Instant NOW = FixedVietnamClock.NOW;
    static final JsonMapper JSON = JsonMapper.builder().build();


    @LocalServerPort
    int port;

    Http http;
    long run = System.nanoTime();
    int codes;

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port).as(Officers.viewer(PROVINCE));
    }

    /** Đắk Nông 2024: batch 1 completed before 10 April. */
    @Test
    void batchOneOf2024AdmitsTheOperatingCooperativesAndRejectsTheOthersSayingWhy() {
        String tea = register("HTX Chè Tân Cương", "2018-03-15");
        String rice = register("HTX Nông nghiệp Phú Đô", "2020-06-01");
        String dissolved = register("HTX Dịch vụ Đồng Hỷ", "2016-01-01");
        assertThat(http.post("/api/v1/organisations/" + dissolved + "/dissolution",
                "{\"kind\": \"VOLUNTARY\", \"reason\": \"Xã viên quyết định giải thể\", \"effectiveOn\": \"2023-12-31\"}",
                AUTHORIZATION, officer("can.bo"), "If-Match", "\"1\"").status()).isEqualTo(200);
        String foundedLater = register("HTX Mới thành lập", "2024-05-01");
        String unknown = UUID.randomUUID().toString();

        Response batch = admit("1/2024", "2024-04-05", List.of(tea, rice, unknown, dissolved, foundedLater));

        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.text("batch")).isEqualTo("1/2024");
        assertThat(batch.json().get("admitted").asInt()).isEqualTo(2);
        assertThat(batch.json().get("rejected").asInt()).isEqualTo(3);
        List<JsonNode> results = batch.json().get("results").valueStream().toList();
        assertThat(results).extracting(r -> r.get("organisationId").asString())
                .containsExactly(tea, rice, unknown, dissolved, foundedLater);
        assertThat(results).extracting(r -> r.get("outcome").asString())
                .containsExactly("admitted", "admitted", "rejected", "rejected", "rejected");
        assertThat(results.subList(2, 5)).extracting(r -> r.get("reason").asString())
                .containsExactly("UNKNOWN_ORGANISATION", "NOT_OPERATING", "NOT_YET_FOUNDED");
        assertThat(results.get(3).get("detail").asString()).contains("DISSOLVED");

        String teaMembership = results.get(0).get("membershipId").asString();
        Response membership = http.get("/api/v1/memberships/" + teaMembership);
        assertThat(membership.status()).isEqualTo(200);
        assertThat(membership.header("ETag")).isEqualTo("\"1\"");
        assertThat(membership.text("organisationId")).isEqualTo(tea);
        assertThat(membership.text("batch")).isEqualTo("1/2024");
        assertThat(membership.text("admittedOn")).isEqualTo("2024-04-05");
        assertThat(membership.json().get("active").asBoolean()).isTrue();

        Response again = admit("2/2024", "2024-09-01", List.of(tea));
        assertThat(outcome(again, 0)).isEqualTo("rejected");
        assertThat(again.json().get("results").get(0).get("reason").asString()).isEqualTo("ALREADY_MEMBER");
        assertThat(again.json().get("results").get(0).get("detail").asString()).contains(teaMembership);
    }

    @Test
    void aRetriedBatchWithTheSameIdempotencyKeyAdmitsNobodyTwice() {
        String tea = register("HTX Chè La Bằng", "2017-02-01");
        String vegetables = register("HTX Rau sạch Hóa Thượng", "2019-07-01");
        String dissolved = register("HTX Vận tải Võ Nhai", "2015-01-01");
        http.post("/api/v1/organisations/" + dissolved + "/dissolution",
                "{\"kind\": \"FORCED\", \"reason\": \"Ngừng hoạt động\", \"effectiveOn\": \"2022-01-01\"}",
                AUTHORIZATION, officer("can.bo"), "If-Match", "\"1\"");
        String key = "batch-1-2024-" + run;
        List<String> ids = List.of(tea, vegetables, dissolved);

        Response first = admit("1/2024", "2024-04-08", ids, "Idempotency-Key", key);
        Response retry = admit("1/2024", "2024-04-08", ids, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(membershipIds(retry)).isEqualTo(membershipIds(first)).hasSize(2).doesNotContainNull();
        assertThat(retry.json().get("results").valueStream().map(r -> r.get("outcome").asString()).toList())
                .containsExactly("admitted", "admitted", "rejected");
        assertThat(organisations(membersOn("2024-04-10")).stream().filter(Set.of(tea, vegetables)::contains))
                .containsExactlyInAnyOrder(tea, vegetables);

        Response reused = admit("1/2024", "2024-04-09", ids, "Idempotency-Key", key);
        assertThat(reused.status()).isEqualTo(422);

        Set<String> firstMemberships = Set.copyOf(membershipIds(first));
        var admissionsOfTheBatch = new KafkaTestConsumer().readUntil("registry.events",
                all -> all.stream().filter(r -> firstMemberships.contains(r.key())).count() >= 2, Duration.ofSeconds(60))
                .stream()
                .filter(r -> EventTypes.Registry.MEMBERSHIP_ADMITTED.equals(KafkaTestConsumer.header(r, "ce_type")))
                .map(r -> JSON.readTree(r.value()).get("organisationId").asString())
                .filter(Set.of(tea, vegetables)::contains).toList();
        assertThat(admissionsOfTheBatch).containsExactlyInAnyOrder(tea, vegetables);
    }

    @Test
    void aBatchThatAdmitsNobodyStillBindsItsIdempotencyKey() {
        String dissolved = register("HTX Vận tải Phú Lương", "2015-01-01");
        http.post("/api/v1/organisations/" + dissolved + "/dissolution",
                "{\"kind\": \"FORCED\", \"reason\": \"Ngừng hoạt động\", \"effectiveOn\": \"2022-01-01\"}",
                AUTHORIZATION, officer("can.bo"), "If-Match", "\"1\"");
        String operating = register("HTX Chè Phú Đô", "2017-02-01");
        String key = "batch-nobody-" + run;

        Response nobody = admit("2/2024", "2024-06-08", List.of(dissolved), "Idempotency-Key", key);
        assertThat(nobody.status()).isEqualTo(200);
        assertThat(outcome(nobody, 0)).isEqualTo("rejected");

        Response reused = admit("2/2024", "2024-06-08", List.of(operating), "Idempotency-Key", key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.text("detail")).contains("Idempotency-Key");
        assertThat(organisations(membersOn("2024-06-10"))).doesNotContain(operating);
        Response retried = admit("2/2024", "2024-06-08", List.of(dissolved), "Idempotency-Key", key);
        assertThat(retried.status()).isEqualTo(200);
    }

    @Test
    void theMembersOnADateAreThoseAdmittedByThenWhoseMembershipHadNotEnded() {
        String tea = register("HTX Chè Hảo Đạt", "2016-05-01");
        String rice = register("HTX Gạo Bao thai Định Hóa", "2018-01-01");
        Response batch = admit("1/2024", "2024-04-05", List.of(tea, rice));
        String teaMembership = batch.json().get("results").get(0).get("membershipId").asString();

        assertThat(organisations(membersOn("2024-04-04"))).doesNotContain(tea, rice);
        assertThat(organisations(membersOn("2024-04-10"))).contains(tea, rice);

        Response ended = http.post("/api/v1/memberships/" + teaMembership + "/end",
                "{\"endedOn\": \"2024-06-30\", \"reason\": \"Tự nguyện ra khỏi Liên minh\"}", AUTHORIZATION, officer("can.bo"),
                "If-Match", "\"1\"");
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.header("ETag")).isEqualTo("\"2\"");
        assertThat(ended.text("endedOn")).isEqualTo("2024-06-30");
        assertThat(ended.json().get("active").asBoolean()).isFalse();

        assertThat(organisations(membersOn("2024-06-29"))).contains(tea, rice);
        assertThat(organisations(membersOn("2024-07-01"))).contains(rice).doesNotContain(tea);

        Response today = http.get("/api/v1/members");
        assertThat(today.text("asOf")).isEqualTo("2026-11-22"); // Vietnam's date, not UTC's 21st
        assertThat(today.json().get("members").valueStream().map(m -> m.get("organisationId").asString()))
                .contains(rice).doesNotContain(tea);

        Response overlapping = admit("2/2024", "2024-06-01", List.of(tea));
        assertThat(overlapping.json().get("results").get(0).get("reason").asString()).isEqualTo("ALREADY_MEMBER");
        Response readmitted = admit("3/2024", "2024-10-01", List.of(tea));
        assertThat(outcome(readmitted, 0)).isEqualTo("admitted");
        assertThat(readmitted.json().get("results").get(0).get("membershipId").asString()).isNotEqualTo(teaMembership);
        assertThat(membersOn("2024-11-01")).filteredOn(m -> m.organisationId().equals(tea))
                .extracting(Member::batch).containsExactly("3/2024");

        List<Member> all = membersOn("2024-11-01");
        assertThat(all).isSortedAccordingTo(Comparator.comparing(Member::admittedOn)
                .thenComparing(Member::organisationId));
    }

    @Test
    void endingAMembershipChecksItsDatesAndVersionAndHappensOnce() {
        String tea = register("HTX Chè Trại Cài", "2019-01-01");
        String membership = admit("1/2024", "2024-04-05", List.of(tea)).json().get("results").get(0)
                .get("membershipId").asString();
        String end = "/api/v1/memberships/" + membership + "/end";

        Response beforeAdmission = http.post(end, "{\"endedOn\": \"2024-04-04\", \"reason\": \"Giải thể\"}",
                AUTHORIZATION, officer("can.bo"), "If-Match", "\"1\"");
        assertThat(beforeAdmission.status()).isEqualTo(422);
        assertThat(fields(beforeAdmission)).containsExactly("endedOn");
        Response future = http.post(end, "{\"endedOn\": \"2026-11-23\", \"reason\": \"Giải thể\"}",
                AUTHORIZATION, officer("can.bo"), "If-Match", "\"1\"");
        assertThat(fields(future)).containsExactly("endedOn");
        Response noReason = http.post(end, "{\"endedOn\": \"2024-05-01\"}", AUTHORIZATION, officer("can.bo"), "If-Match", "\"1\"");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(fields(noReason)).containsExactly("reason");
        assertThat(http.post(end, "{\"reason\": \"Giải thể\"}", AUTHORIZATION, officer("can.bo")).status()).isEqualTo(428);

        Response endedToday = http.post(end, "{\"reason\": \"Giải thể\"}", AUTHORIZATION, officer("can.bo"), "If-Match", "\"1\"");
        assertThat(endedToday.status()).isEqualTo(200);
        assertThat(endedToday.text("endedOn")).isEqualTo("2026-11-22");
        Response stale = http.post(end, "{\"reason\": \"Lần nữa\"}", AUTHORIZATION, officer("can.bo"), "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        Response twice = http.post(end, "{\"reason\": \"Lần nữa\"}", AUTHORIZATION, officer("can.bo"), "If-Match", "\"2\"");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(http.get("/api/v1/memberships/" + membership).text("endReason")).isEqualTo("Giải thể");

        assertThat(http.get("/api/v1/memberships/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void everyMembershipEventOnTheWireIsASchemaValidCloudEventKeyedByTheMembership() {
        String tea = register("HTX Chè Khe Cốc", "2018-08-08");
        String membership = admit("1/2024", "2024-04-05", List.of(tea)).json().get("results").get(0)
                .get("membershipId").asString();
        http.post("/api/v1/memberships/" + membership + "/end", "{\"endedOn\": \"2025-12-31\", \"reason\": \"Sáp nhập\"}",
                AUTHORIZATION, officer("can.bo.ket.nap"), "If-Match", "\"1\"");

        List<ConsumerRecord<String, byte[]>> records = membershipEvents(List.of(membership), 2);

        assertThat(records).extracting(r -> KafkaTestConsumer.header(r, "ce_type")).containsExactly(
                EventTypes.Registry.MEMBERSHIP_ADMITTED, EventTypes.Registry.MEMBERSHIP_ENDED);
        assertThat(records).extracting(r -> KafkaTestConsumer.header(r, "ce_sequence")).containsExactly("1", "2");
        EventCatalog catalog = EventCatalog.load();
        EventSchemaValidator validator = new EventSchemaValidator();
        for (var record : records) {
            String type = KafkaTestConsumer.header(record, "ce_type");
            assertThat(validator.validate(type, record.value())).as("schema errors of %s", type).isEmpty();
            assertThat(KafkaTestConsumer.header(record, "ce_subject")).isEqualTo(membership);
            assertThat(KafkaTestConsumer.header(record, "ce_source")).isEqualTo("/provinces/19/registry");
            assertThat(KafkaTestConsumer.header(record, "ce_dataschema")).isEqualTo(catalog.require(type).dataSchema());
            JsonNode data = JSON.readTree(record.value());
            assertThat(data.get("membershipId").asString()).isEqualTo(membership);
            assertThat(data.get("organisationId").asString()).isEqualTo(tea);
            assertThat(data.get("provinceCode").asString()).isEqualTo("19");
            assertThat(data.get("batch").asString()).isEqualTo("1/2024");
        }
        JsonNode admitted = JSON.readTree(records.get(0).value());
        assertThat(admitted.get("effectiveOn").asString()).isEqualTo("2024-04-05");
        assertThat(admitted.get("actor").asString()).isEqualTo("can.bo.ket.nap");
        JsonNode ended = JSON.readTree(records.get(1).value());
        assertThat(ended.get("effectiveOn").asString()).isEqualTo("2025-12-31");
        assertThat(ended.get("reason").asString()).isEqualTo("Sáp nhập");
    }

    @Test
    void aBadBatchIsRefusedWholeNamingTheField() {
        String tea = register("HTX Chè Vô Tranh", "2018-01-01");

        Response future = admit("1/2026", "2026-11-23", List.of(tea));
        assertThat(future.status()).isEqualTo(422);
        assertThat(fields(future)).containsExactly("admittedOn");
        Response longName = admit("x".repeat(51), "2024-04-05", List.of(tea));
        assertThat(fields(longName)).containsExactly("batch");
        Response nobody = admit("1/2024", "2024-04-05", List.of());
        assertThat(fields(nobody)).containsExactly("organisationIds");
        Response twice = admit("1/2024", "2024-04-05", List.of(tea, tea));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(fields(twice)).containsExactly("organisationIds");
        Response anonymous = http.anonymous().post("/api/v1/membership-batches", """
                {"batch": "1/2024", "admittedOn": "2024-04-05", "organisationIds": ["%s"]}""".formatted(tea));
        assertThat(anonymous.status()).isEqualTo(401);
        Response viewer = http.post("/api/v1/membership-batches", """
                {"batch": "1/2024", "admittedOn": "2024-04-05", "organisationIds": ["%s"]}""".formatted(tea));
        assertThat(viewer.status()).isEqualTo(403);

        assertThat(organisations(membersOn("2026-11-22"))).doesNotContain(tea);
    }

    // --- helpers

    /** A member as the list shows it. */
    record Member(String organisationId, String membershipId, String batch, LocalDate admittedOn) {
    }

    String register(String name, String foundedOn) {
        Response registered = http.post("/api/v1/organisations",
                Organisations.cooperative(Organisations.code(run, ++codes), name, foundedOn), AUTHORIZATION, officer("can.bo"));
        assertThat(registered.status()).as("registration %s", registered.json()).isEqualTo(201);
        return registered.text("id");
    }

    Response admit(String batch, String admittedOn, List<String> organisationIds, String... headers) {
        String ids = String.join("\", \"", organisationIds);
        String body = """
                {"batch": "%s", "admittedOn": "%s", "organisationIds": [%s]}"""
                .formatted(batch, admittedOn, organisationIds.isEmpty() ? "" : "\"" + ids + "\"");
        String[] all = new String[headers.length + 2];
        all[0] = AUTHORIZATION;
        all[1] = officer("can.bo.ket.nap");
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.post("/api/v1/membership-batches", body, all);
    }

    static String outcome(Response batch, int index) {
        return batch.json().get("results").get(index).get("outcome").asString();
    }

    static List<String> membershipIds(Response batch) {
        return batch.json().get("results").valueStream()
                .map(r -> r.get("membershipId") == null || r.get("membershipId").isNull() ? null : r.get("membershipId").asString())
                .filter(id -> id != null).toList();
    }

    List<Member> membersOn(String date) {
        Response members = http.get("/api/v1/members?asOf=" + date);
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.text("asOf")).isEqualTo(date);
        return members.json().get("members").valueStream().map(m -> new Member(m.get("organisationId").asString(),
                m.get("membershipId").asString(), m.get("batch").asString(), LocalDate.parse(m.get("admittedOn").asString())))
                .toList();
    }

    static List<String> organisations(List<Member> members) {
        return members.stream().map(Member::organisationId).toList();
    }

    /** The memberships' events on the wire, once at least {@code count} of them arrived. */
    static List<ConsumerRecord<String, byte[]>> membershipEvents(List<String> membershipIds, int count) {
        Set<String> keys = Set.copyOf(membershipIds);
        return new KafkaTestConsumer().readUntil("registry.events",
                all -> all.stream().filter(r -> keys.contains(r.key())).count() >= count, Duration.ofSeconds(60)).stream()
                .filter(r -> keys.contains(r.key())).toList();
    }

    static List<String> fields(Response problem) {
        assertThat(problem.json()).as("problem details body").isNotNull();
        assertThat(problem.json().get("errors")).as("errors in %s", problem.json()).isNotNull();
        return problem.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
