package vn.hoptac.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoptac.contracts.Documents.examplePayload;
import static vn.hoptac.contracts.Documents.exampleHeaders;
import static vn.hoptac.contracts.Documents.json;
import static vn.hoptac.contracts.Documents.map;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class EventSchemaValidatorTest {

    private static final String REGISTERED = "vn.hoptac.registry.organisation.registered.v1";
    private static final String PROFILE_CHANGED = "vn.hoptac.registry.organisation.profile-changed.v1";
    private static final String CONVERTED = "vn.hoptac.registry.organisation.converted.v1";
    private static final String SUSPENDED = "vn.hoptac.registry.organisation.suspended.v1";
    private static final String RESUMED = "vn.hoptac.registry.organisation.resumed.v1";
    private static final String DISSOLVED = "vn.hoptac.registry.organisation.dissolved.v1";

    private static final EventSchemaValidator VALIDATOR = new EventSchemaValidator();

    private static List<String> errors(String type, Map<String, Object> payload) {
        return VALIDATOR.validate(type, json(payload));
    }

    private static Map<String, Object> profile(Map<String, Object> payload) {
        return map(payload.get("profile"));
    }

    // --- valid data ---------------------------------------------------------------------------------------

    @Test
    void vietnameseDiacriticsValidate() {
        Map<String, Object> payload = examplePayload(REGISTERED);
        profile(payload).put("name", "Hợp tác xã Dịch vụ Nông nghiệp Tổng hợp Đồng Hỷ – Ưu Đãi Ấm Ổ Ỷ Ữ");
        profile(payload).put("commune", "Phường Phan Đình Phùng");
        profile(payload).put("addressLine", "Tổ 7, đường Bến Oánh");
        payload.put("actor", "Nguyễn Thị Hường");
        assertThat(errors(REGISTERED, payload)).isEmpty();

        // decomposed (NFD) text is still valid JSON Schema-wise, though producers send NFC
        profile(payload).put("name", Normalizer.normalize("Hợp tác xã Chè Tân Hương", Normalizer.Form.NFD));
        assertThat(errors(REGISTERED, payload)).isEmpty();

        Map<String, Object> dissolved = examplePayload(DISSOLVED);
        dissolved.put("reason", "Giải thể tự nguyện theo nghị quyết Đại hội thành viên bất thường");
        assertThat(errors(DISSOLVED, dissolved)).isEmpty();
    }

    @Test
    void nullableProfilePropertiesAcceptNull() {
        Map<String, Object> payload = examplePayload(REGISTERED);
        payload.put("organisationType", "COOPERATIVE_GROUP");
        profile(payload).put("type", "COOPERATIVE_GROUP");
        profile(payload).put("registrationCode", null);
        profile(payload).put("commune", null);
        profile(payload).put("addressLine", null);
        profile(payload).put("charterCapital", null);
        assertThat(errors(REGISTERED, payload)).isEmpty();

        Map<String, Object> converted = examplePayload(CONVERTED);
        converted.put("registrationCode", null);
        assertThat(errors(CONVERTED, converted)).isEmpty();
    }

    @Test
    void largeCharterCapitalIsExact() {
        Map<String, Object> payload = examplePayload(REGISTERED);
        profile(payload).put("charterCapital", 36_520_000_000L); // 36.52 billion VND
        assertThat(errors(REGISTERED, payload)).isEmpty();
        profile(payload).put("charterCapital", 9_007_199_254_740_992L); // 2^53: beyond what every reader keeps exact
        assertThat(errors(REGISTERED, payload)).singleElement().asString().contains("charterCapital");
    }

    // --- invalid data names the field ---------------------------------------------------------------------

    @Test
    void wrongEnumIsRejected() {
        Map<String, Object> payload = examplePayload(REGISTERED);
        payload.put("organisationType", "FOUNDER_GROUP");
        assertThat(errors(REGISTERED, payload)).singleElement().asString()
                .startsWith("$.organisationType:").contains("enumeration");

        Map<String, Object> nested = examplePayload(PROFILE_CHANGED);
        profile(nested).put("sector", "FISHING");
        assertThat(errors(PROFILE_CHANGED, nested)).singleElement().asString().startsWith("$.profile.sector:");

        Map<String, Object> dissolved = examplePayload(DISSOLVED);
        dissolved.put("dissolution", "voluntary");
        assertThat(errors(DISSOLVED, dissolved)).singleElement().asString().startsWith("$.dissolution:");

        Map<String, Object> converted = examplePayload(CONVERTED);
        converted.put("toLegalBasis", "LAW_2025");
        assertThat(errors(CONVERTED, converted)).singleElement().asString().startsWith("$.toLegalBasis:");
    }

    @Test
    void missingRequiredFieldIsRejected() {
        Map<String, Object> payload = examplePayload(SUSPENDED);
        payload.remove("reason");
        assertThat(errors(SUSPENDED, payload)).singleElement().asString().contains("required", "'reason'");

        Map<String, Object> registered = examplePayload(REGISTERED);
        registered.remove("effectiveOn");
        profile(registered).remove("foundedOn");
        assertThat(errors(REGISTERED, registered)).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("$:").contains("'effectiveOn'"))
                .anySatisfy(e -> assertThat(e).startsWith("$.profile:").contains("'foundedOn'"));

        Map<String, Object> nullActor = examplePayload(RESUMED);
        nullActor.put("actor", null);
        assertThat(errors(RESUMED, nullActor)).singleElement().asString().startsWith("$.actor:");
    }

    @Test
    void negativeCountIsRejected() {
        Map<String, Object> payload = examplePayload(REGISTERED);
        profile(payload).put("membersCount", -1);
        profile(payload).put("workersCount", 2.5);
        assertThat(errors(REGISTERED, payload)).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("$.profile.membersCount:").contains("minimum"))
                .anySatisfy(e -> assertThat(e).startsWith("$.profile.workersCount:").contains("integer"));
    }

    @Test
    void extraPropertyIsRejected() {
        Map<String, Object> payload = examplePayload(RESUMED);
        payload.put("organisationID", payload.get("organisationId"));
        assertThat(errors(RESUMED, payload)).singleElement().asString().contains("'organisationID'");

        Map<String, Object> nested = examplePayload(REGISTERED);
        profile(nested).put("memberCount", 3);
        assertThat(errors(REGISTERED, nested)).singleElement().asString().startsWith("$.profile:")
                .contains("'memberCount'");
    }

    @Test
    void tolerantValidationAcceptsUnknownPropertiesOnly() {
        Map<String, Object> payload = examplePayload(REGISTERED);
        payload.put("someFutureField", "x");
        profile(payload).put("website", "https://htx.example.vn");
        assertThat(VALIDATOR.validate(REGISTERED, json(payload))).hasSize(2);
        assertThat(VALIDATOR.validateTolerant(REGISTERED, json(payload))).isEmpty();

        profile(payload).put("membersCount", -5);
        assertThat(VALIDATOR.validateTolerant(REGISTERED, json(payload))).singleElement().asString()
                .startsWith("$.profile.membersCount:");
    }

    @Test
    void datesMustBeRealCalendarDates() {
        Map<String, Object> payload = examplePayload(RESUMED);
        payload.put("effectiveOn", "2024-02-30");
        assertThat(errors(RESUMED, payload)).singleElement().asString().startsWith("$.effectiveOn:");
        payload.put("effectiveOn", "2024-3-1");
        assertThat(errors(RESUMED, payload)).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("$.effectiveOn:"));
        payload.put("effectiveOn", "2024-03-01T00:00:00Z");
        assertThat(errors(RESUMED, payload)).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("$.effectiveOn:"));
    }

    @Test
    void patternsAreAnchoredAtTheVeryEnd() {
        Map<String, Object> payload = examplePayload(RESUMED);
        payload.put("provinceCode", "19\n");
        assertThat(errors(RESUMED, payload)).singleElement().asString().startsWith("$.provinceCode:");
        payload.put("provinceCode", "019");
        assertThat(errors(RESUMED, payload)).singleElement().asString().startsWith("$.provinceCode:");
    }

    @Test
    void identifiersAndCodesHaveOneSpelling() {
        Map<String, Object> payload = examplePayload(REGISTERED);
        payload.put("organisationId", ((String) payload.get("organisationId")).toUpperCase());
        profile(payload).put("registrationCode", "460012345");
        assertThat(errors(REGISTERED, payload)).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("$.organisationId:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.profile.registrationCode:"));
    }

    @Test
    void blankTextIsRejected() {
        Map<String, Object> payload = examplePayload(SUSPENDED);
        payload.put("reason", "   ");
        payload.put("actor", "");
        assertThat(errors(SUSPENDED, payload)).isNotEmpty()
                .anySatisfy(e -> assertThat(e).startsWith("$.reason:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.actor:"));
        Map<String, Object> registered = examplePayload(REGISTERED);
        profile(registered).put("commune", "");
        assertThat(errors(REGISTERED, registered)).singleElement().asString().startsWith("$.profile.commune:");
    }

    @Test
    void statusIsTheStatusAfterTheChange() {
        Map<String, Object> suspended = examplePayload(SUSPENDED);
        suspended.put("status", "OPERATING");
        assertThat(errors(SUSPENDED, suspended)).singleElement().asString().startsWith("$.status:");
        Map<String, Object> resumed = examplePayload(RESUMED);
        resumed.put("status", "SUSPENDED");
        assertThat(errors(RESUMED, resumed)).singleElement().asString().startsWith("$.status:");
        Map<String, Object> dissolved = examplePayload(DISSOLVED);
        dissolved.put("status", "OPERATING");
        assertThat(errors(DISSOLVED, dissolved)).singleElement().asString().startsWith("$.status:");
    }

    @Test
    void changedFieldsNameProfileProperties() {
        Map<String, Object> payload = examplePayload(PROFILE_CHANGED);
        payload.put("changedFields", List.of());
        assertThat(errors(PROFILE_CHANGED, payload)).singleElement().asString().startsWith("$.changedFields:");
        payload.put("changedFields", List.of("name", "name"));
        assertThat(errors(PROFILE_CHANGED, payload)).singleElement().asString().startsWith("$.changedFields:");
        payload.put("changedFields", List.of("name", "status"));
        assertThat(errors(PROFILE_CHANGED, payload)).singleElement().asString().startsWith("$.changedFields[1]:");
    }

    // --- bytes that are not JSON, unknown types -----------------------------------------------------------

    @Test
    void bytesThatAreNotJsonGiveOneError() {
        List<byte[]> notJson = List.of(
                "not json".getBytes(StandardCharsets.UTF_8),
                new byte[0],
                "   ".getBytes(StandardCharsets.UTF_8),
                "{\"organisationId\":".getBytes(StandardCharsets.UTF_8),
                "{} {}".getBytes(StandardCharsets.UTF_8),
                "{\"actor\":\"a\",\"actor\":\"b\"}".getBytes(StandardCharsets.UTF_8),
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                new String(json(examplePayload(RESUMED)), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));
        for (byte[] data : notJson) {
            assertThat(VALIDATOR.validate(RESUMED, data)).as(new String(data, StandardCharsets.ISO_8859_1))
                    .singleElement().asString().startsWith("data is not JSON");
        }
        assertThat(VALIDATOR.validate(RESUMED, null)).singleElement().asString().startsWith("data is not JSON");
        assertThat(VALIDATOR.validate(RESUMED, new byte[] {'{', '}', (byte) 0xFF})).singleElement().asString()
                .isEqualTo("data is not JSON: not valid UTF-8 (at byte 2)");
    }

    @Test
    void jsonThatIsNotAnObjectIsRejected() {
        assertThat(VALIDATOR.validate(RESUMED, "[]".getBytes(StandardCharsets.UTF_8))).singleElement().asString()
                .startsWith("$:").contains("object");
        assertThat(VALIDATOR.validate(RESUMED, "null".getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void unknownTypeGivesOneError() {
        byte[] data = json(examplePayload(RESUMED));
        assertThat(VALIDATOR.validate("vn.hoptac.registry.organisation.resumed.v2", data)).singleElement().asString()
                .contains("unknown event type", "vn.hoptac.registry.organisation.resumed.v2");
        assertThat(VALIDATOR.validate("vn.hoptac.contracts.OrganisationResumed", "garbage".getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().contains("unknown event type");
        assertThat(VALIDATOR.validate(null, data)).hasSize(1);
        assertThat(VALIDATOR.validateTolerant("nope", data)).singleElement().asString().contains("unknown event type");
    }

    // --- headers ------------------------------------------------------------------------------------------

    @Test
    void headersAreValidated() {
        Map<String, String> headers = exampleHeaders(SUSPENDED);
        headers.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(VALIDATOR.validateHeaders(headers)).isEmpty();

        headers.remove(CloudEventHeaders.SEQUENCE);
        assertThat(VALIDATOR.validateHeaders(headers)).singleElement().asString().contains("'ce_sequence'");
        for (String bad : List.of("0", "01", "-1", "1.0", "\"1\"", "1\n")) {
            headers.put(CloudEventHeaders.SEQUENCE, bad);
            assertThat(VALIDATOR.validateHeaders(headers)).as(bad).singleElement().asString().startsWith("$.ce_sequence:");
        }
        headers.put(CloudEventHeaders.SEQUENCE, "12");

        headers.put(CloudEventHeaders.TIME, "2024-07-01T09:15:30+07:00");
        assertThat(VALIDATOR.validateHeaders(headers)).singleElement().asString().startsWith("$.ce_time:");
        headers.put(CloudEventHeaders.TIME, "2024-02-30T02:15:30Z");
        assertThat(VALIDATOR.validateHeaders(headers)).singleElement().asString().startsWith("$.ce_time:");
        headers.put(CloudEventHeaders.TIME, "2024-07-01T02:15:30.123456Z");
        assertThat(VALIDATOR.validateHeaders(headers)).isEmpty();

        headers.put(CloudEventHeaders.DATA_SCHEMA, "https://schemas.hoptac.vn/registry/organisation.resumed.v1.json");
        headers.put(CloudEventHeaders.SOURCE, "/provinces/19/loans");
        headers.put(CloudEventHeaders.SPEC_VERSION, "\"1.0\"");
        headers.put(CloudEventHeaders.CONTENT_TYPE, "application/cloudevents+json");
        assertThat(VALIDATOR.validateHeaders(headers)).hasSize(4);
    }

    @Test
    void headersWithoutAKnownTypeGiveOneError() {
        Map<String, String> headers = exampleHeaders(SUSPENDED);
        headers.remove(CloudEventHeaders.TYPE);
        assertThat(VALIDATOR.validateHeaders(headers)).singleElement().asString().contains("'ce_type' is missing");
        headers.put(CloudEventHeaders.TYPE, "vn.hoptac.registry.organisation.merged.v1");
        assertThat(VALIDATOR.validateHeaders(headers)).singleElement().asString().contains("unknown event type");
    }

    // --- sharing ------------------------------------------------------------------------------------------

    @Test
    void oneInstanceIsSafeToShareBetweenThreads() throws Exception {
        byte[] valid = json(examplePayload(REGISTERED));
        Map<String, Object> invalidPayload = examplePayload(REGISTERED);
        profile(invalidPayload).put("membersCount", -1);
        byte[] invalid = json(invalidPayload);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean good = i % 2 == 0;
                tasks.add(() -> VALIDATOR.validate(REGISTERED, good ? valid : invalid).isEmpty() == good);
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
