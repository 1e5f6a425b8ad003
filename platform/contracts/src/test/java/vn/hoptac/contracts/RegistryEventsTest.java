package vn.hoptac.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoptac.contracts.Documents.examplePayload;
import static vn.hoptac.contracts.Documents.exampleHeaders;
import static vn.hoptac.contracts.Documents.json;
import static vn.hoptac.contracts.Documents.map;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The registry's events beyond an organisation's life cycle (registry.events): optional additions to the
 * organisation events, value chains, model cooperatives, founder groups and memberships of the alliance.
 */
class RegistryEventsTest {

    private static final String REGISTERED = "vn.hoptac.registry.organisation.registered.v1";
    private static final String PROFILE_CHANGED = "vn.hoptac.registry.organisation.profile-changed.v1";
    private static final String CHAIN_JOINED = "vn.hoptac.registry.organisation.value-chain-joined.v1";
    private static final String CHAIN_LEFT = "vn.hoptac.registry.organisation.value-chain-left.v1";
    private static final String MODEL_STATUS_CHANGED = "vn.hoptac.registry.organisation.model-status-changed.v1";
    private static final String GROUP_RECORDED = "vn.hoptac.registry.founder-group.recorded.v1";
    private static final String GROUP_ADVISED = "vn.hoptac.registry.founder-group.advised.v1";
    private static final String COOPERATIVE_FOUNDED = "vn.hoptac.registry.founder-group.cooperative-founded.v1";
    private static final String ADMITTED = "vn.hoptac.registry.membership.admitted.v1";
    private static final String ENDED = "vn.hoptac.registry.membership.ended.v1";
    private static final String CHAIN_ADDED = "vn.hoptac.registry.value-chain.added.v1";

    private static final String FOUNDER_GROUP_ID = "0e4d2c1b-7a69-4f58-9e47-3d2c1b0a9f8e";

    private static final EventSchemaValidator VALIDATOR = new EventSchemaValidator();

    private static List<String> errors(String type, Map<String, Object> payload) {
        return VALIDATOR.validate(type, json(payload));
    }

    private static Map<String, Object> profile(Map<String, Object> payload) {
        return map(payload.get("profile"));
    }

    // --- optional additions to published versions ---------------------------------------------------------

    @Test
    void registeredValidatesWithAndWithoutItsFounderGroup() {
        Map<String, Object> payload = examplePayload(REGISTERED);
        assertThat(payload).doesNotContainKey("founderGroupId");
        assertThat(errors(REGISTERED, payload)).isEmpty();

        payload.put("founderGroupId", FOUNDER_GROUP_ID);
        assertThat(errors(REGISTERED, payload)).isEmpty();
        payload.put("founderGroupId", null);
        assertThat(errors(REGISTERED, payload)).isEmpty();

        payload.put("founderGroupId", FOUNDER_GROUP_ID.toUpperCase());
        assertThat(errors(REGISTERED, payload)).singleElement().asString().startsWith("$.founderGroupId:");
        payload.put("founderGroupId", "");
        assertThat(errors(REGISTERED, payload)).singleElement().asString().startsWith("$.founderGroupId:");
    }

    @Test
    void profileValidatesWithAndWithoutTheFormerProvince() {
        Map<String, Object> payload = examplePayload(REGISTERED);
        assertThat(profile(payload)).doesNotContainKeys("formerProvinceCode", "formerProvinceName");
        assertThat(errors(REGISTERED, payload)).isEmpty();

        // a cooperative of Bắc Kạn (06), part of Thái Nguyên (19) since the 2025 merger
        profile(payload).put("formerProvinceCode", "06");
        profile(payload).put("formerProvinceName", "Bắc Kạn");
        assertThat(errors(REGISTERED, payload)).isEmpty();
        profile(payload).put("formerProvinceCode", null);
        profile(payload).put("formerProvinceName", null);
        assertThat(errors(REGISTERED, payload)).isEmpty();
        profile(payload).remove("formerProvinceName");
        assertThat(errors(REGISTERED, payload)).isEmpty();
    }

    @Test
    void malformedFormerProvinceIsRejected() {
        Map<String, Object> payload = examplePayload(REGISTERED);
        profile(payload).put("formerProvinceCode", "6");
        assertThat(errors(REGISTERED, payload)).singleElement().asString().startsWith("$.profile.formerProvinceCode:");

        Map<String, Object> changed = examplePayload(PROFILE_CHANGED);
        profile(changed).put("formerProvinceCode", "6");
        profile(changed).put("formerProvinceName", " ");
        assertThat(errors(PROFILE_CHANGED, changed)).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("$.profile.formerProvinceCode:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.profile.formerProvinceName:"));
    }

    @Test
    void aChangeOfTheFormerProvinceIsAProfileChange() {
        Map<String, Object> changed = examplePayload(PROFILE_CHANGED);
        profile(changed).put("formerProvinceCode", "06");
        profile(changed).put("formerProvinceName", "Bắc Kạn");
        changed.put("changedFields", List.of("formerProvinceCode", "formerProvinceName"));
        assertThat(errors(PROFILE_CHANGED, changed)).isEmpty();
    }

    // --- value chains and model cooperatives --------------------------------------------------------------

    @Test
    void joiningAndLeavingAValueChainValidate() {
        Map<String, Object> joined = examplePayload(CHAIN_JOINED);
        assertThat(errors(CHAIN_JOINED, joined)).isEmpty();
        joined.put("status", "SUSPENDED");
        joined.put("chain", "hill-chicken");
        joined.put("chainName", "Gà đồi Phú Bình");
        assertThat(errors(CHAIN_JOINED, joined)).isEmpty();

        Map<String, Object> left = examplePayload(CHAIN_LEFT);
        assertThat(errors(CHAIN_LEFT, left)).isEmpty();
        left.put("reason", null);
        assertThat(errors(CHAIN_LEFT, left)).isEmpty();
    }

    @Test
    void joinedAndLeftAreToldApartByTheReason() {
        Map<String, Object> left = examplePayload(CHAIN_LEFT);
        left.remove("reason");
        assertThat(errors(CHAIN_LEFT, left)).singleElement().asString().contains("required", "'reason'");
        assertThat(errors(CHAIN_JOINED, left)).isEmpty();

        Map<String, Object> joined = examplePayload(CHAIN_JOINED);
        joined.put("reason", "Hết hợp đồng bao tiêu");
        assertThat(errors(CHAIN_JOINED, joined)).singleElement().asString().startsWith("$:").contains("'reason'");
        assertThat(errors(CHAIN_LEFT, joined)).isEmpty();
    }

    @Test
    void malformedValueChainDataIsRejected() {
        Map<String, Object> joined = examplePayload(CHAIN_JOINED);
        joined.put("chain", "Tea");
        joined.put("chainName", "");
        assertThat(errors(CHAIN_JOINED, joined)).isNotEmpty()
                .allSatisfy(e -> assertThat(e).matches("^\\$\\.(chain|chainName):.*"))
                .anySatisfy(e -> assertThat(e).startsWith("$.chain:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.chainName:"));
        for (String bad : List.of("t", "9-tea", "chè", "tea_shan", "Tea", "a" + "b".repeat(40), "tea\n")) {
            joined = examplePayload(CHAIN_JOINED);
            joined.put("chain", bad);
            assertThat(errors(CHAIN_JOINED, joined)).as(bad).isNotEmpty()
                    .allSatisfy(e -> assertThat(e).startsWith("$.chain:"));
        }
        joined = examplePayload(CHAIN_JOINED);
        joined.put("chain", "a" + "b".repeat(39)); // 40 characters, the longest code
        assertThat(errors(CHAIN_JOINED, joined)).isEmpty();

        Map<String, Object> left = examplePayload(CHAIN_LEFT);
        left.put("reason", "   ");
        assertThat(errors(CHAIN_LEFT, left)).singleElement().asString().startsWith("$.reason:");
        left.put("reason", "x".repeat(501));
        assertThat(errors(CHAIN_LEFT, left)).singleElement().asString().startsWith("$.reason:");
    }

    @Test
    void modelStatusCarriesBothFlagsAndTheModel() {
        Map<String, Object> payload = examplePayload(MODEL_STATUS_CHANGED);
        assertThat(errors(MODEL_STATUS_CHANGED, payload)).isEmpty();
        payload.put("model", true);
        payload.put("foundedOnModelOf", null);
        assertThat(errors(MODEL_STATUS_CHANGED, payload)).isEmpty();

        payload.put("newType", "true");
        payload.put("foundedOnModelOf", "HTX Chè Tân Hương");
        assertThat(errors(MODEL_STATUS_CHANGED, payload)).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("$.newType:").contains("boolean"))
                .anySatisfy(e -> assertThat(e).startsWith("$.foundedOnModelOf:"));
        payload.put("newType", true);
        payload.put("foundedOnModelOf", null);
        payload.remove("model");
        assertThat(errors(MODEL_STATUS_CHANGED, payload)).singleElement().asString().contains("required", "'model'");
    }

    // --- founder groups -----------------------------------------------------------------------------------

    @Test
    void founderGroupEventsValidate() {
        Map<String, Object> recorded = examplePayload(GROUP_RECORDED);
        recorded.put("founderGroupId", FOUNDER_GROUP_ID);
        recorded.put("contact", null);
        recorded.put("commune", null);
        recorded.put("intendedSector", "TRADE_SERVICES");
        assertThat(errors(GROUP_RECORDED, recorded)).isEmpty();

        Map<String, String> headers = exampleHeaders(GROUP_RECORDED);
        headers.put(CloudEventHeaders.SUBJECT, FOUNDER_GROUP_ID);
        assertThat(VALIDATOR.validateHeaders(headers)).isEmpty();
        headers.put(CloudEventHeaders.SOURCE, "/provinces/19/loans");
        headers.put(CloudEventHeaders.SUBJECT, "tea");
        assertThat(VALIDATOR.validateHeaders(headers)).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("$.ce_source:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.ce_subject:"));

        assertThat(errors(GROUP_ADVISED, examplePayload(GROUP_ADVISED))).isEmpty();
        assertThat(errors(COOPERATIVE_FOUNDED, examplePayload(COOPERATIVE_FOUNDED))).isEmpty();
    }

    @Test
    void malformedFounderGroupDataIsRejected() {
        Map<String, Object> recorded = examplePayload(GROUP_RECORDED);
        recorded.put("intendedSector", "FISHING");
        recorded.put("name", "  ");
        recorded.put("contact", " ");
        recorded.put("organisationType", "FOUNDER_GROUP");
        assertThat(errors(GROUP_RECORDED, recorded)).hasSize(4)
                .anySatisfy(e -> assertThat(e).startsWith("$.intendedSector:").contains("enumeration"))
                .anySatisfy(e -> assertThat(e).startsWith("$.name:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.contact:"))
                .anySatisfy(e -> assertThat(e).startsWith("$:").contains("'organisationType'"));

        Map<String, Object> advised = examplePayload(GROUP_ADVISED);
        advised.remove("sessionId");
        advised.put("topic", " ");
        advised.put("adviser", "x".repeat(101));
        assertThat(errors(GROUP_ADVISED, advised)).hasSize(3)
                .anySatisfy(e -> assertThat(e).contains("required", "'sessionId'"))
                .anySatisfy(e -> assertThat(e).startsWith("$.topic:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.adviser:"));

        Map<String, Object> founded = examplePayload(COOPERATIVE_FOUNDED);
        founded.put("organisationId", "225c3817ad86420aa15916b0208e966a");
        assertThat(errors(COOPERATIVE_FOUNDED, founded)).singleElement().asString().startsWith("$.organisationId:");
        founded.put("organisationId", null);
        assertThat(errors(COOPERATIVE_FOUNDED, founded)).singleElement().asString().startsWith("$.organisationId:");
    }

    // --- memberships of the alliance and its value chains -------------------------------------------------

    @Test
    void membershipEventsValidate() {
        Map<String, Object> admitted = examplePayload(ADMITTED);
        assertThat(errors(ADMITTED, admitted)).isEmpty();
        admitted.put("batch", "Đợt 2 năm 2025");
        assertThat(errors(ADMITTED, admitted)).isEmpty();
        assertThat(errors(ENDED, examplePayload(ENDED))).isEmpty();
    }

    @Test
    void admittedAndEndedAreToldApartByTheReason() {
        Map<String, Object> admitted = examplePayload(ADMITTED);
        admitted.put("reason", "Thôi làm thành viên");
        assertThat(errors(ADMITTED, admitted)).singleElement().asString().startsWith("$:").contains("'reason'");
        assertThat(errors(ENDED, admitted)).isEmpty();

        Map<String, Object> ended = examplePayload(ENDED);
        ended.remove("reason");
        assertThat(errors(ENDED, ended)).singleElement().asString().contains("required", "'reason'");
        ended.put("reason", null);
        assertThat(errors(ENDED, ended)).singleElement().asString().startsWith("$.reason:");
    }

    @Test
    void malformedMembershipDataIsRejected() {
        Map<String, Object> admitted = examplePayload(ADMITTED);
        admitted.put("batch", "");
        admitted.put("membershipId", "M-2024-001");
        admitted.put("effectiveOn", "18/01/2024");
        assertThat(errors(ADMITTED, admitted)).isNotEmpty()
                .allSatisfy(e -> assertThat(e).matches("^\\$\\.(batch|membershipId|effectiveOn):.*"))
                .anySatisfy(e -> assertThat(e).startsWith("$.batch:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.membershipId:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.effectiveOn:"));
        admitted = examplePayload(ADMITTED);
        admitted.put("batch", "x".repeat(51));
        assertThat(errors(ADMITTED, admitted)).singleElement().asString().startsWith("$.batch:");
        admitted.remove("batch");
        assertThat(errors(ADMITTED, admitted)).singleElement().asString().contains("required", "'batch'");
    }

    @Test
    void aValueChainIsKeyedByItsCode() {
        Map<String, Object> added = examplePayload(CHAIN_ADDED);
        assertThat(errors(CHAIN_ADDED, added)).isEmpty();
        Map<String, String> headers = exampleHeaders(CHAIN_ADDED);
        assertThat(headers.get(CloudEventHeaders.SUBJECT)).isEqualTo(added.get("chain"));
        headers.put(CloudEventHeaders.SUBJECT, "hill-chicken");
        assertThat(VALIDATOR.validateHeaders(headers)).isEmpty();
        for (String bad : List.of("Chè", "3f8e2a9c-5b71-4d2e-9a0f-6c1b7d4e8a21", "t")) {
            headers.put(CloudEventHeaders.SUBJECT, bad);
            assertThat(VALIDATOR.validateHeaders(headers)).as(bad).singleElement().asString().startsWith("$.ce_subject:");
        }

        added.put("name", " ");
        added.put("status", "OPERATING");
        assertThat(errors(CHAIN_ADDED, added)).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("$.name:"))
                .anySatisfy(e -> assertThat(e).startsWith("$:").contains("'status'"));
    }

    /** A consumer on an older revision of the registered type reads the new optional properties tolerantly. */
    @Test
    void tolerantReadersAcceptTheAdditions() {
        Map<String, Object> payload = examplePayload(REGISTERED);
        payload.put("founderGroupId", FOUNDER_GROUP_ID);
        profile(payload).put("formerProvinceCode", "06");
        profile(payload).put("formerProvinceName", "Bắc Kạn");
        assertThat(VALIDATOR.validateTolerant(REGISTERED, json(payload))).isEmpty();
        assertThat(VALIDATOR.validate(REGISTERED, json(payload))).isEmpty();
    }
}
