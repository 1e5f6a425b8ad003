package vn.hoptac.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
 * The registry's HTTP contract on the real broker and the real store: creation, queries, the
 * lifecycle's rules, every kind of bad input, stale updates and idempotent creation.
 */
@SpringBootTest(classes = {RegistryApplication.class, FixedVietnamClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class OrganisationApiIT {

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

    @Autowired
    Clock clock;

    Http http;
    long run = System.nanoTime();
    int codes;

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port).as(Officers.viewer(PROVINCE));
    }

    String nextCode() {
        return Organisations.code(run, ++codes);
    }

    Response create(String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = AUTHORIZATION;
        all[1] = officer("nguyen.van.an");
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.post("/api/v1/organisations", body, all);
    }

    @Test
    void theIssuesExampleBodyCreatesAnOrganisationWithItsLocationAndEtag() {
        Response created = create(Organisations.teaCooperative(nextCode()));

        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/organisations/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.text("name")).isEqualTo("Hợp tác xã Chè Tân Hương");
        assertThat(created.text("status")).isEqualTo("OPERATING");
        assertThat(created.text("legalBasis")).isEqualTo("LAW_2012");
        assertThat(created.text("provinceName")).isEqualTo("Thái Nguyên");

        Response read = http.get(created.header("Location"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.json()).isEqualTo(created.json());

        Response byCode = http.get("/api/v1/organisations/by-registration-code/" + created.text("registrationCode"));
        assertThat(byCode.text("id")).isEqualTo(id);
    }

    @Test
    void aMissingOrganisationIs404ProblemDetails() {
        Response missing = http.get("/api/v1/organisations/does-not-exist");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.text("detail")).contains("does-not-exist");
    }

    @Test
    void aDuplicateRegistrationCodeIs409AndChangesNothing() {
        String code = nextCode();
        assertThat(create(Organisations.teaCooperative(code)).status()).isEqualTo(201);

        Response again = create(Organisations.cooperative(code, "HTX Khác", "2019-01-01"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains(code);
        assertThat(http.get("/api/v1/organisations/by-registration-code/" + code).text("name"))
                .isEqualTo("Hợp tác xã Chè Tân Hương");
    }

    @Test
    void malformedJsonIs400() {
        Response bad = create("{\"name\": \"HTX\", ");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aWrongTypeOrUnknownEnumOrUnknownFieldIs400NamingTheField() {
        Response count = create(Organisations.teaCooperative(nextCode()).replace("\"membersCount\": 45", "\"membersCount\": \"many\""));
        assertThat(count.status()).isEqualTo(400);
        assertThat(fields(count)).containsExactly("membersCount");

        Response type = create(Organisations.teaCooperative(nextCode()).replace("\"COOPERATIVE\"", "\"KOLKHOZ\""));
        assertThat(type.status()).isEqualTo(400);
        assertThat(fields(type)).containsExactly("type");
        assertThat(type.text("detail")).contains("COOPERATIVE_GROUP");

        Response typo = create(Organisations.teaCooperative(nextCode()).replace("\"workersCount\"", "\"workerCount\""));
        assertThat(typo.status()).isEqualTo(400);
        assertThat(fields(typo)).containsExactly("workerCount");
    }

    @Test
    void validationFailuresAre422NamingEachField() {
        String body = """
                {"registrationCode": "12AB", "type": "COOPERATIVE", "sector": "AGRICULTURE", "provinceCode": "19",
                 "foundedOn": "2018-03-15", "membersCount": -1, "workersCount": 60}""";
        Response invalid = create(body);

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("registrationCode", "name", "membersCount");
    }

    @Test
    void theProvinceMustBeCurrentAndTheAlliances() {
        Response unknown = create(Organisations.teaCooperative(nextCode()).replace("\"19\"", "\"99\""));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(fields(unknown)).containsExactly("provinceCode");

        Response former = create(Organisations.teaCooperative(nextCode()).replace("\"19\"", "\"67\""));
        assertThat(fields(former)).containsExactly("provinceCode");

        Response another = create(Organisations.teaCooperative(nextCode()).replace("\"19\"", "\"68\""));
        assertThat(another.status()).isEqualTo(422);
        assertThat(another.text("detail")).contains("this alliance's province (19)");
    }

    @Test
    void aFoundingDateInTheFutureIsJudgedByVietnamsCalendar() {
        // UTC's date is 21 November: the 22nd is already today in Vietnam, the 23rd is the future.
        Response today = create(Organisations.cooperative(nextCode(), "HTX Hôm Nay", "2026-11-22"));
        assertThat(today.status()).isEqualTo(201);

        Response tomorrow = create(Organisations.cooperative(nextCode(), "HTX Ngày Mai", "2026-11-23"));
        assertThat(tomorrow.status()).isEqualTo(422);
        assertThat(fields(tomorrow)).contains("foundedOn");
    }

    @Test
    void anOversizeBodyIs413() {
        String huge = Organisations.teaCooperative(nextCode()).replace("\"Hợp tác xã Chè Tân Hương\"",
                "\"" + "x".repeat(70_000) + "\"");
        Response tooLarge = create(huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aChangeWithoutATokenIs401AndAViewersIs403() {
        Response anonymous = http.anonymous().post("/api/v1/organisations", Organisations.teaCooperative(nextCode()));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        Response viewer = http.post("/api/v1/organisations", Organisations.teaCooperative(nextCode()));
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(viewer.text("detail")).contains("REGISTRY_OFFICER");
    }

    @Test
    void aStaleUpdateIsRefusedSoTwoOfficersNeverOverwriteEachOther() {
        Response created = create(Organisations.teaCooperative(nextCode()));
        String location = created.header("Location");
        String code = created.text("registrationCode");

        Response first = http.put(location + "/profile", Organisations.teaCooperative(code).replace("\"membersCount\": 45", "\"membersCount\": 50"),
                AUTHORIZATION, officer("officer.a"), "If-Match", "\"1\"");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"2\"");

        Response second = http.put(location + "/profile", Organisations.teaCooperative(code).replace("\"membersCount\": 45", "\"membersCount\": 47"),
                AUTHORIZATION, officer("officer.b"), "If-Match", "\"1\"");
        assertThat(second.status()).isEqualTo(412);
        assertThat(http.get(location).json().get("membersCount").asInt()).isEqualTo(50);

        Response blind = http.put(location + "/profile", Organisations.teaCooperative(code), AUTHORIZATION, officer("officer.b"));
        assertThat(blind.status()).isEqualTo(428);
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOnce() {
        String body = Organisations.teaCooperative(nextCode());
        String key = "import-" + run;

        Response first = create(body, "Idempotency-Key", key);
        Response retry = create(body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");

        Response reused = create(Organisations.teaCooperative(nextCode()), "Idempotency-Key", key);
        assertThat(reused.status()).isEqualTo(422);
    }

    @Test
    void theLifecycleRefusesImpossibleTransitionsWith409() {
        Response created = create(Organisations.cooperative(nextCode(), "HTX Thôn Chang", "2010-05-01")
                .replace("\"sector\"", "\"legalBasis\": \"LAW_2003\", \"sector\""));
        String location = created.header("Location");

        Response converted = http.post(location + "/conversion", "{\"toLegalBasis\": \"LAW_2012\", \"effectiveOn\": \"2016-06-30\"}",
                AUTHORIZATION, officer("o"), "If-Match", "\"1\"");
        assertThat(converted.status()).isEqualTo(200);
        assertThat(converted.text("legalBasis")).isEqualTo("LAW_2012");
        assertThat(converted.text("status")).isEqualTo("OPERATING");

        Response suspended = http.post(location + "/suspension", "{\"reason\": \"Thiếu vốn\", \"effectiveOn\": \"2020-01-01\"}",
                AUTHORIZATION, officer("o"), "If-Match", "\"2\"");
        assertThat(suspended.text("status")).isEqualTo("SUSPENDED");
        Response resumed = http.post(location + "/resumption", "{\"effectiveOn\": \"2021-01-01\"}", AUTHORIZATION, officer("o"), "If-Match", "\"3\"");
        assertThat(resumed.text("status")).isEqualTo("OPERATING");
        Response dissolved = http.post(location + "/dissolution",
                "{\"kind\": \"VOLUNTARY\", \"reason\": \"Xã viên quyết định\", \"effectiveOn\": \"2022-01-01\"}",
                AUTHORIZATION, officer("o"), "If-Match", "\"4\"");
        assertThat(dissolved.text("status")).isEqualTo("DISSOLVED");

        Response convertDissolved = http.post(location + "/conversion", "{\"toLegalBasis\": \"LAW_2023\"}",
                AUTHORIZATION, officer("o"), "If-Match", "\"5\"");
        assertThat(convertDissolved.status()).isEqualTo(409);
        assertThat(convertDissolved.contentType()).startsWith("application/problem+json");
        Response resumeDissolved = http.post(location + "/resumption", "{}", AUTHORIZATION, officer("o"), "If-Match", "\"5\"");
        assertThat(resumeDissolved.status()).isEqualTo(409);
        assertThat(http.get(location).header("ETag")).isEqualTo("\"5\"");
    }

    @Test
    void searchMatchesNamesWithoutVietnameseDiacritics() {
        String tag = "t" + run;
        create(Organisations.cooperative(nextCode(), "HTX Nông nghiệp Đắk Nông " + tag, "2019-04-01"));
        create(Organisations.cooperative(nextCode(), "Hợp tác xã Chè Tân Hương " + tag, "2018-03-15"));
        create(Organisations.cooperative(nextCode(), "HTX Dịch vụ Đồng Hỷ " + tag, "2017-01-01"));

        assertThat(names(http.get("/api/v1/organisations?q=dak%20nong%20" + tag))).containsExactly("HTX Nông nghiệp Đắk Nông " + tag);
        assertThat(names(http.get("/api/v1/organisations?q=che%20tan%20huong%20" + tag)))
                .containsExactly("Hợp tác xã Chè Tân Hương " + tag);
        assertThat(names(http.get("/api/v1/organisations?q=%C4%91%E1%BB%93ng%20" + tag))) // "đồng"
                .containsExactly("HTX Dịch vụ Đồng Hỷ " + tag);
        assertThat(names(http.get("/api/v1/organisations?q=DONG%20HY%20" + tag))).hasSize(1);
        assertThat(names(http.get("/api/v1/organisations?q=" + tag + "&type=COOPERATIVE&status=OPERATING&size=2")))
                .hasSize(2);
        Response secondPage = http.get("/api/v1/organisations?q=" + tag + "&size=2&page=1");
        assertThat(secondPage.json().get("totalItems").asLong()).isEqualTo(3);
        assertThat(names(secondPage)).hasSize(1);
        assertThat(names(http.get("/api/v1/organisations?q=" + tag + "&status=DISSOLVED"))).isEmpty();
    }

    @Test
    void badSearchParametersAre400NamingTheParameter() {
        Response status = http.get("/api/v1/organisations?status=SLEEPING");
        assertThat(status.status()).isEqualTo(400);
        assertThat(fields(status)).containsExactly("status");
        Response size = http.get("/api/v1/organisations?size=1000");
        assertThat(size.status()).isEqualTo(400);
        assertThat(fields(size)).containsExactly("size");
    }

    @Test
    void everyChangePublishesASchemaValidCloudEventKeyedByTheOrganisation() {
        Response created = create(Organisations.cooperative(nextCode(), "HTX Chè Tân Cương", "2015-02-01"));
        String id = created.text("id");
        String location = created.header("Location");
        List<Response> changes = List.of(
                http.put(location + "/profile", Organisations.cooperative(created.text("registrationCode"), "HTX Chè Tân Cương",
                        "2015-02-01").replace("\"membersCount\": 12", "\"membersCount\": 20"), AUTHORIZATION, officer("o"), "If-Match", "\"1\""),
                http.post(location + "/suspension", "{\"reason\": \"Mưa lũ\", \"effectiveOn\": \"2025-01-01\"}", AUTHORIZATION, officer("o"),
                        "If-Match", "\"2\""),
                http.post(location + "/resumption", "{\"effectiveOn\": \"2025-03-01\"}", AUTHORIZATION, officer("o"), "If-Match", "\"3\""),
                http.post(location + "/conversion", "{\"toLegalBasis\": \"LAW_2023\"}", AUTHORIZATION, officer("o"), "If-Match", "\"4\""),
                http.post(location + "/dissolution", "{\"kind\": \"FORCED\", \"reason\": \"Ngừng hoạt động\"}", AUTHORIZATION, officer("o"),
                        "If-Match", "\"5\""));
        assertThat(changes).extracting(Response::status).containsOnly(200);

        var records = new KafkaTestConsumer().readUntil("registry.events",
                all -> all.stream().filter(r -> id.equals(r.key())).count() >= 6, Duration.ofSeconds(60)).stream()
                .filter(r -> id.equals(r.key())).toList();

        assertThat(records).extracting(r -> KafkaTestConsumer.header(r, "ce_type")).containsExactly(
                EventTypes.Registry.ORGANISATION_REGISTERED, EventTypes.Registry.ORGANISATION_PROFILE_CHANGED,
                EventTypes.Registry.ORGANISATION_SUSPENDED, EventTypes.Registry.ORGANISATION_RESUMED,
                EventTypes.Registry.ORGANISATION_CONVERTED, EventTypes.Registry.ORGANISATION_DISSOLVED);
        assertThat(records).extracting(r -> KafkaTestConsumer.header(r, "ce_sequence")).containsExactly("1", "2", "3", "4", "5", "6");
        EventCatalog catalog = EventCatalog.load();
        EventSchemaValidator validator = new EventSchemaValidator();
        for (var record : records) {
            String type = KafkaTestConsumer.header(record, "ce_type");
            assertThat(validator.validate(type, record.value())).as("schema errors of %s", type).isEmpty();
            assertThat(KafkaTestConsumer.header(record, "ce_subject")).isEqualTo(id);
            assertThat(KafkaTestConsumer.header(record, "ce_source")).isEqualTo("/provinces/19/registry");
            assertThat(KafkaTestConsumer.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(KafkaTestConsumer.header(record, "content-type")).isEqualTo("application/json");
            assertThat(KafkaTestConsumer.header(record, "ce_dataschema")).isEqualTo(catalog.require(type).dataSchema());
            assertThat(Instant.parse(KafkaTestConsumer.header(record, "ce_time"))).isEqualTo(NOW);
            assertThat(KafkaTestConsumer.header(record, "ce_id")).isNotBlank();
        }
        var dissolved = JSON.readTree(records.get(5).value());
        assertThat(dissolved.get("status").asString()).isEqualTo("DISSOLVED");
        assertThat(dissolved.get("effectiveOn").asString()).isEqualTo("2026-11-22"); // today in Vietnam, not UTC's 21st
        assertThat(dissolved.get("actor").asString()).isEqualTo("o");
        assertThat(dissolved.get("organisationId").asString()).isEqualTo(id);
        assertThat(dissolved.get("reason").asString()).isEqualTo("Ngừng hoạt động");
        var changed = JSON.readTree(records.get(1).value());
        assertThat(changed.get("changedFields").valueStream().map(f -> f.asString()).toList()).containsExactly("membersCount");
    }

    static List<String> fields(Response problem) {
        assertThat(problem.json()).as("problem details body").isNotNull();
        assertThat(problem.json().get("errors")).as("errors in %s", problem.json()).isNotNull();
        return problem.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    static List<String> names(Response page) {
        assertThat(page.status()).isEqualTo(200);
        return page.json().get("items").valueStream().map(e -> e.get("name").asString()).toList();
    }
}
