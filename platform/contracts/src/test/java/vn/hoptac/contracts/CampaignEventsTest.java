package vn.hoptac.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoptac.contracts.Documents.exampleHeaders;
import static vn.hoptac.contracts.Documents.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.hoptac.contracts.EventTypes.Campaigns;
import vn.hoptac.contracts.indicators.Indicator;
import vn.hoptac.contracts.indicators.IndicatorCatalog;

/** The campaign service's event data (campaigns.events) as producers write it and consumers read it. */
class CampaignEventsTest {

    private static final String PLAN_ID = "6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";
    private static final String GATHERING_ID = "7a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";
    private static final String PUBLICATION_ID = "8b3c4d5e-6f7a-4b9c-8d1e-2f3a4b5c6d7e";
    private static final String TARGET_ID = "9c4d5e6f-7a8b-4c0d-9e1f-3a4b5c6d7e8f";
    private static final String COOPERATIVE = "0f9c7a3e-6d21-4b8f-9e05-3a1c2b4d5e6f";
    private static final String OTHER_COOPERATIVE = "3f8e2a9c-5b71-4d2e-9a0f-6c1b7d4e8a21";

    private static final EventSchemaValidator VALIDATOR = new EventSchemaValidator();

    private static List<String> errors(String type, Map<String, Object> payload) {
        return VALIDATOR.validate(type, json(payload));
    }

    private static Map<String, Object> common(String idName, String id, String effectiveOn) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(idName, id);
        data.put("provinceCode", "68");
        data.put("effectiveOn", effectiveOn);
        data.put("actor", "can-bo.h-hen-nie");
        return data;
    }

    private static Map<String, Object> plan(String effectiveOn) {
        return common("planId", PLAN_ID, effectiveOn);
    }

    /** Lâm Đồng's Action Month plan of 2025, implementing the national plan. */
    private static Map<String, Object> heading(String effectiveOn) {
        Map<String, Object> data = plan(effectiveOn);
        data.put("kind", "ACTION_MONTH");
        data.put("title", "Kế hoạch tổ chức Tháng hành động vì Hợp tác xã năm 2025");
        data.put("theme", "Vì sự phát triển bền vững của Hợp tác xã");
        data.put("periodFrom", "2025-01-01");
        data.put("periodTo", "2025-12-31");
        data.put("peakFrom", "2025-03-15");
        data.put("peakTo", "2025-04-30");
        data.put("implementsPlanNumber", "70/KH-BTVLMHTXVN");
        return data;
    }

    /** Activity 4: conferences on the Law on Cooperatives in a commune of former Đắk Nông, before the merger. */
    private static Map<String, Object> activity(String effectiveOn) {
        Map<String, Object> data = plan(effectiveOn);
        data.put("activityNumber", 4);
        data.put("title", "Tổ chức hội nghị tuyên truyền Luật Hợp tác xã năm 2023 cho đồng bào dân tộc thiểu số");
        data.put("category", "DIRECT_PROPAGANDA_CONFERENCE");
        data.put("windowFrom", "2025-03-15");
        data.put("windowTo", "2025-06-30");
        data.put("commune", "Xã Quảng Sơn, huyện Đắk Glong");
        data.put("placeProvinceCode", "68");
        data.put("formerProvinceCode", "67");
        data.put("responsibleUnit", "Ban Tuyên truyền - Thi đua");
        return data;
    }

    private static Map<String, Object> gathering() {
        Map<String, Object> data = common("gatheringId", GATHERING_ID, "2025-04-10");
        data.put("planId", PLAN_ID);
        data.put("activityNumber", 4);
        data.put("kind", "PROPAGANDA_CONFERENCE");
        data.put("title", "Hội nghị tuyên truyền Luật Hợp tác xã năm 2023 tại xã Quảng Sơn");
        data.put("endsOn", "2025-04-11");
        data.put("commune", "Xã Quảng Sơn");
        data.put("placeProvinceCode", "68");
        data.put("formerProvinceCode", "67");
        data.put("audiences", new ArrayList<>(List.of("COOPERATIVE_MEMBERS", "FOUNDERS", "PUBLIC")));
        data.put("ethnicMinorityArea", true);
        data.put("attendance", 150);
        data.put("organisationIds", new ArrayList<>(List.of(COOPERATIVE, OTHER_COOPERATIVE)));
        return data;
    }

    private static Map<String, Object> publication() {
        Map<String, Object> data = common("publicationId", PUBLICATION_ID, "2025-03-01");
        data.put("planId", PLAN_ID);
        data.put("activityNumber", 2);
        data.put("kind", "NEWSLETTER_ISSUE");
        data.put("title", "Bản tin Kinh tế hợp tác số 44: Hợp tác xã vì sự phát triển bền vững");
        data.put("issueNumber", 44);
        data.put("outlet", null);
        data.put("preparedFrom", "2025-03-01");
        data.put("preparedTo", "2025-03-31");
        return data;
    }

    /**
     * A target of activity 4: at least 400 attendances at its conferences in ethnic-minority areas, from the
     * indicator campaigns.attendances (v1), over the activity's window.
     */
    private static Map<String, Object> target(String effectiveOn) {
        Map<String, Object> data = common("targetId", TARGET_ID, effectiveOn);
        data.put("planId", PLAN_ID);
        data.put("activityNumber", 4);
        data.put("indicatorId", "campaigns.attendances");
        data.put("indicatorVersion", 1);
        data.put("filter", new LinkedHashMap<>(Map.of("ethnicMinorityArea", "true")));
        data.put("windowFrom", "2025-03-15");
        data.put("windowTo", "2025-06-30");
        data.put("atLeast", 400L);
        data.put("atMost", null);
        return data;
    }

    /** The conference of 10 April brought the attendances to 410: the target of activity 4 is reached. */
    private static Map<String, Object> reached() {
        Map<String, Object> data = common("targetId", TARGET_ID, "2025-04-10");
        data.put("actor", "progress");
        data.put("planId", PLAN_ID);
        data.put("indicatorId", "campaigns.attendances");
        data.put("actual", 410L);
        data.put("atLeast", 400L);
        data.put("eventId", "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");
        data.put("eventType", Campaigns.GATHERING_RECORDED);
        data.put("eventSubject", GATHERING_ID);
        return data;
    }

    private static Map<String, Object> progressed() {
        Map<String, Object> data = reached();
        data.put("actual", 380L);
        data.put("atMost", null);
        return data;
    }

    /** A valid sample of every campaign type, in the order of the AsyncAPI document. */
    private static Map<String, Map<String, Object>> samples() {
        Map<String, Map<String, Object>> samples = new LinkedHashMap<>();
        samples.put(Campaigns.PLAN_DRAFTED, heading("2025-02-10"));
        Map<String, Object> amended = heading("2025-02-14");
        amended.put("title", "Kế hoạch tổ chức Tháng hành động vì Hợp tác xã tỉnh Lâm Đồng năm 2025");
        samples.put(Campaigns.PLAN_AMENDED, amended);
        Map<String, Object> issued = plan("2025-02-24");
        issued.put("kind", "ACTION_MONTH");
        issued.put("number", "123/KH-LMHTX");
        samples.put(Campaigns.PLAN_ISSUED, issued);
        Map<String, Object> closed = plan("2026-01-20");
        closed.put("assessment", "Hoàn thành 12/13 nội dung; tổ chức 9 hội nghị tuyên truyền cho 1.240 lượt người, "
                + "kết nạp 17 thành viên mới. Chưa tổ chức được chuyến tham quan học tập do thiếu kinh phí.");
        samples.put(Campaigns.PLAN_CLOSED, closed);
        samples.put(Campaigns.PLAN_ACTIVITY_ADDED, activity("2025-02-17"));
        Map<String, Object> activityAmended = activity("2025-02-20");
        activityAmended.put("windowTo", "2025-07-31");
        activityAmended.put("responsibleUnit", null);
        samples.put(Campaigns.PLAN_ACTIVITY_AMENDED, activityAmended);
        Map<String, Object> started = plan("2025-03-20");
        started.put("activityNumber", 4);
        samples.put(Campaigns.PLAN_ACTIVITY_STARTED, started);
        Map<String, Object> completed = plan("2025-06-12");
        completed.put("activityNumber", 4);
        completed.put("result", "Đã tổ chức 3 hội nghị với 410 lượt người tham dự, trong đó 38 hợp tác xã.");
        completed.put("category", "DIRECT_PROPAGANDA_CONFERENCE");
        samples.put(Campaigns.PLAN_ACTIVITY_COMPLETED, completed);
        Map<String, Object> cancelled = plan("2025-08-04");
        cancelled.put("activityNumber", 12);
        cancelled.put("reason", "Kinh phí được điều chỉnh sang hội nghị đối thoại với hợp tác xã sau sáp nhập tỉnh.");
        samples.put(Campaigns.PLAN_ACTIVITY_CANCELLED, cancelled);
        Map<String, Object> overdue = plan("2025-07-01");
        overdue.put("actor", "system");
        overdue.put("activityNumber", 7);
        overdue.put("windowTo", "2025-06-30");
        overdue.put("status", "PLANNED");
        samples.put(Campaigns.PLAN_ACTIVITY_OVERDUE, overdue);
        samples.put(Campaigns.GATHERING_RECORDED, gathering());
        Map<String, Object> corrected = common("gatheringId", GATHERING_ID, "2025-04-14");
        corrected.put("attendance", 156);
        corrected.put("organisationIds", List.of(COOPERATIVE, OTHER_COOPERATIVE, "c5a7e3d1-94b2-4f06-b8e9-2d7c1a6f3b50"));
        samples.put(Campaigns.GATHERING_ATTENDANCE_CORRECTED, corrected);
        Map<String, Object> awarded = common("gatheringId", GATHERING_ID, "2025-04-11");
        awarded.put("commendationId", "bk-2025-0007");
        awarded.put("organisationId", COOPERATIVE);
        awarded.put("title", "Bằng khen: đã có thành tích xuất sắc trong phát triển kinh tế tập thể năm 2024");
        awarded.put("awardedBy", "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng");
        samples.put(Campaigns.GATHERING_COMMENDATION_AWARDED, awarded);
        samples.put(Campaigns.PUBLICATION_RECORDED, publication());
        Map<String, Object> published = common("publicationId", PUBLICATION_ID, "2025-04-05");
        published.put("kind", "NEWSLETTER_ISSUE");
        samples.put(Campaigns.PUBLICATION_PUBLISHED, published);
        samples.put(Campaigns.TARGET_SET, target("2025-02-20"));
        Map<String, Object> changed = target("2025-03-03");
        changed.put("atMost", 500L);
        samples.put(Campaigns.TARGET_CHANGED, changed);
        samples.put(Campaigns.TARGET_PROGRESSED, progressed());
        samples.put(Campaigns.TARGET_REACHED, reached());
        return samples;
    }

    // --- valid data ---------------------------------------------------------------------------------------

    @Test
    void aSampleOfEveryCampaignTypeValidates() throws IllegalAccessException {
        Map<String, Map<String, Object>> samples = samples();
        assertThat(samples.keySet()).containsExactlyElementsOf(EventTypesTest.constants(Campaigns.class));
        samples.forEach((type, payload) -> {
            assertThat(errors(type, payload)).as(type).isEmpty();

            // the headers of each name the campaign service and the aggregate
            Map<String, String> headers = exampleHeaders(type);
            headers.put(CloudEventHeaders.SOURCE, "/provinces/68/campaigns");
            headers.put(CloudEventHeaders.SUBJECT, (String) payload.values().iterator().next());
            assertThat(VALIDATOR.validateHeaders(headers)).as(type).isEmpty();
        });
    }

    @Test
    void planNumbersAsAlliancesWriteThemValidate() {
        Map<String, Object> issued = samples().get(Campaigns.PLAN_ISSUED);
        for (String number : List.of("123/KH-LMHTX", "70/KH-BTVLMHTXVN", "05/KH-UBND", "1/KH", "25/KH-LMHTX.TH",
                "07/2025/KH-LMHTX", "12/KH-ĐTN", "999999/QĐ-UBND")) {
            issued.put("number", number);
            assertThat(errors(Campaigns.PLAN_ISSUED, issued)).as(number).isEmpty();
        }
        Map<String, Object> drafted = samples().get(Campaigns.PLAN_DRAFTED);
        drafted.put("implementsPlanNumber", "15/KH-LMHTXVN");
        assertThat(errors(Campaigns.PLAN_DRAFTED, drafted)).isEmpty();
    }

    @Test
    void nullableCampaignPropertiesAcceptNullButAreNotLeftOut() {
        Map<String, Object> drafted = samples().get(Campaigns.PLAN_DRAFTED);
        drafted.put("theme", null);
        drafted.put("peakFrom", null);
        drafted.put("peakTo", null);
        drafted.put("implementsPlanNumber", null);
        assertThat(errors(Campaigns.PLAN_DRAFTED, drafted)).isEmpty();
        drafted.remove("theme");
        assertThat(errors(Campaigns.PLAN_DRAFTED, drafted)).singleElement().asString().contains("required", "'theme'");

        Map<String, Object> added = samples().get(Campaigns.PLAN_ACTIVITY_ADDED);
        added.put("commune", null);
        added.put("placeProvinceCode", null);
        added.put("formerProvinceCode", null);
        added.put("responsibleUnit", null);
        assertThat(errors(Campaigns.PLAN_ACTIVITY_ADDED, added)).isEmpty();

        Map<String, Object> gathering = gathering();
        gathering.put("endsOn", null);
        gathering.put("audiences", List.of());
        gathering.put("organisationIds", List.of());
        gathering.put("attendance", 0);
        assertThat(errors(Campaigns.GATHERING_RECORDED, gathering)).isEmpty();

        // a press page has its outlet and no issue number
        Map<String, Object> page = publication();
        page.put("kind", "PRESS_PAGE");
        page.put("title", "Chuyên trang Kinh tế tập thể: Hợp tác xã chè Tân Cương vươn ra thị trường");
        page.put("issueNumber", null);
        page.put("outlet", "Báo Lâm Đồng");
        assertThat(errors(Campaigns.PUBLICATION_RECORDED, page)).isEmpty();
        page.remove("outlet");
        assertThat(errors(Campaigns.PUBLICATION_RECORDED, page)).singleElement().asString().contains("'outlet'");

        // a target of the plan itself, unfiltered, without an upper end: Bắc Giang 2022, 57 new cooperatives
        Map<String, Object> set = samples().get(Campaigns.TARGET_SET);
        set.put("activityNumber", null);
        set.put("indicatorId", "registry.cooperatives-founded");
        set.put("filter", Map.of());
        set.put("windowFrom", "2022-01-01");
        set.put("windowTo", "2022-12-31");
        set.put("atLeast", 57);
        set.put("atMost", null);
        assertThat(errors(Campaigns.TARGET_SET, set)).isEmpty();
        for (String name : List.of("activityNumber", "atMost")) {
            Map<String, Object> without = new LinkedHashMap<>(set);
            without.remove(name);
            assertThat(errors(Campaigns.TARGET_SET, without)).as(name).singleElement().asString()
                    .contains("required", "'" + name + "'");
        }
    }

    @Test
    void targetTermsAsProducersSetThemValidate() {
        Map<String, Object> set = samples().get(Campaigns.TARGET_SET);
        // several filters, a range, a goal of zero, a sum of money
        set.put("filter", Map.of("kind", "PROPAGANDA_CONFERENCE", "ethnicMinorityArea", "true", "plan", PLAN_ID,
                "province", "68"));
        assertThat(errors(Campaigns.TARGET_SET, set)).isEmpty();
        set.put("atLeast", 0);
        set.put("atMost", 0);
        assertThat(errors(Campaigns.TARGET_SET, set)).isEmpty();
        set.put("indicatorId", "loans.amount-disbursed");
        set.put("filter", Map.of("fund", "quy-ho-tro-htx-lam-dong"));
        set.put("atLeast", 15_000_000_000L);
        set.put("atMost", 9_007_199_254_740_991L);
        assertThat(errors(Campaigns.TARGET_SET, set)).isEmpty();
        // every published indicator's id is an indicatorId
        for (Indicator indicator : IndicatorCatalog.load().all()) {
            set.put("indicatorId", indicator.id());
            assertThat(errors(Campaigns.TARGET_SET, set)).as(indicator.id()).isEmpty();
        }
        // atMost not below atLeast is the producer's rule: the schema cannot compare the two
        set.put("atLeast", 35);
        set.put("atMost", 30);
        assertThat(errors(Campaigns.TARGET_SET, set)).isEmpty();

        // the reaching event may be of any topic
        Map<String, Object> reached = samples().get(Campaigns.TARGET_REACHED);
        reached.put("indicatorId", "registry.cooperatives-founded");
        reached.put("eventType", "vn.hoptac.registry.organisation.registered.v1");
        reached.put("eventSubject", COOPERATIVE);
        reached.put("eventId", "any-producer's id #1");
        assertThat(errors(Campaigns.TARGET_REACHED, reached)).isEmpty();
        reached.put("eventType", "vn.hoptac.loans.loan.tranche-disbursed.v1");
        reached.put("eventSubject", "fund-code_42");
        assertThat(errors(Campaigns.TARGET_REACHED, reached)).isEmpty();
    }

    @Test
    void aRecountProgressesWithoutAnEventAndTheNationalDeploymentPublishesAsItself() {
        Map<String, Object> recount = samples().get(Campaigns.TARGET_PROGRESSED);
        recount.put("eventId", null);
        recount.put("eventType", null);
        recount.put("eventSubject", null);
        recount.put("atMost", 500L);
        assertThat(errors(Campaigns.TARGET_PROGRESSED, recount)).isEmpty();
        recount.remove("eventId"); // null, never missing: a consumer tells a recount by it
        assertThat(errors(Campaigns.TARGET_PROGRESSED, recount)).isNotEmpty();
        recount.put("eventId", null);
        recount.put("actual", -1L);
        assertThat(errors(Campaigns.TARGET_PROGRESSED, recount)).singleElement().asString().startsWith("$.actual:");

        Map<String, String> headers = exampleHeaders(Campaigns.PLAN_ISSUED);
        headers.put(CloudEventHeaders.SUBJECT, PLAN_ID);
        headers.put(CloudEventHeaders.SOURCE, "/national/campaigns");
        assertThat(VALIDATOR.validateHeaders(headers)).isEmpty();
        headers.put(CloudEventHeaders.SOURCE, "/national/registry");
        assertThat(VALIDATOR.validateHeaders(headers)).isNotEmpty();
    }

    // --- optional additions to published versions ---------------------------------------------------------

    @Test
    void publishedValidatesWithAndWithoutItsKind() {
        Map<String, Object> published = samples().get(Campaigns.PUBLICATION_PUBLISHED);
        assertThat(errors(Campaigns.PUBLICATION_PUBLISHED, published)).isEmpty();
        published.put("kind", "PRESS_PAGE");
        assertThat(errors(Campaigns.PUBLICATION_PUBLISHED, published)).isEmpty();
        published.put("kind", null);
        assertThat(errors(Campaigns.PUBLICATION_PUBLISHED, published)).isEmpty();
        published.remove("kind"); // as published before the property was added
        assertThat(errors(Campaigns.PUBLICATION_PUBLISHED, published)).isEmpty();

        for (Object bad : List.of("BOOK", "newsletter_issue", "", 1)) {
            published.put("kind", bad);
            assertThat(errors(Campaigns.PUBLICATION_PUBLISHED, published)).as(String.valueOf(bad)).isNotEmpty()
                    .allSatisfy(e -> assertThat(e).startsWith("$.kind:"));
        }
    }

    @Test
    void completedValidatesWithAndWithoutItsCategory() {
        Map<String, Object> completed = samples().get(Campaigns.PLAN_ACTIVITY_COMPLETED);
        assertThat(errors(Campaigns.PLAN_ACTIVITY_COMPLETED, completed)).isEmpty();
        completed.put("category", null);
        assertThat(errors(Campaigns.PLAN_ACTIVITY_COMPLETED, completed)).isEmpty();
        completed.remove("category"); // as published before the property was added
        assertThat(errors(Campaigns.PLAN_ACTIVITY_COMPLETED, completed)).isEmpty();
        // every category of an activity is a category of its completion
        Map<String, Object> added = samples().get(Campaigns.PLAN_ACTIVITY_ADDED);
        for (String category : List.of("PRESS_AND_MEDIA_PROPAGANDA", "NEWSLETTER_ISSUE", "ADMISSION_OF_MEMBERS",
                "NATIONAL_TARGET_PROGRAMME", "COMMENDATION")) {
            added.put("category", category);
            completed.put("category", category);
            assertThat(errors(Campaigns.PLAN_ACTIVITY_ADDED, added)).as(category).isEmpty();
            assertThat(errors(Campaigns.PLAN_ACTIVITY_COMPLETED, completed)).as(category).isEmpty();
        }

        for (Object bad : List.of("PROPAGANDA", "training_class", "")) {
            completed.put("category", bad);
            assertThat(errors(Campaigns.PLAN_ACTIVITY_COMPLETED, completed)).as(String.valueOf(bad)).singleElement()
                    .asString().startsWith("$.category:");
        }
    }

    /** A consumer on an older revision of these types reads the new optional properties tolerantly. */
    @Test
    void tolerantReadersAcceptTheAdditions() {
        for (String type : List.of(Campaigns.PUBLICATION_PUBLISHED, Campaigns.PLAN_ACTIVITY_COMPLETED)) {
            byte[] data = json(samples().get(type));
            assertThat(VALIDATOR.validateTolerant(type, data)).as(type).isEmpty();
            assertThat(VALIDATOR.validate(type, data)).as(type).isEmpty();
        }
    }

    @Test
    void campaignIdsAreAnyTextWithoutWhitespaceUpTo64() {
        Map<String, Object> started = samples().get(Campaigns.PLAN_ACTIVITY_STARTED);
        for (String id : List.of("KH-2025-001", "plan_42", "a".repeat(64))) {
            started.put("planId", id);
            assertThat(errors(Campaigns.PLAN_ACTIVITY_STARTED, started)).as(id).isEmpty();
        }
        for (String id : List.of("", "KH 2025", " KH-2025", "KH-2025\n", "a".repeat(65))) {
            started.put("planId", id);
            assertThat(errors(Campaigns.PLAN_ACTIVITY_STARTED, started)).as(id).isNotEmpty()
                    .allSatisfy(e -> assertThat(e).startsWith("$.planId:"));
        }
        Map<String, String> headers = exampleHeaders(Campaigns.PLAN_ACTIVITY_STARTED);
        headers.put(CloudEventHeaders.SUBJECT, "KH 2025");
        assertThat(VALIDATOR.validateHeaders(headers)).singleElement().asString().startsWith("$.ce_subject:");
    }

    // --- invalid data names the field ---------------------------------------------------------------------

    @Test
    void activityNumberOutsideOneTo999IsRejected() {
        Map<String, Map<String, Object>> samples = samples();
        for (String type : List.of(Campaigns.PLAN_ACTIVITY_ADDED, Campaigns.PLAN_ACTIVITY_STARTED,
                Campaigns.PLAN_ACTIVITY_OVERDUE, Campaigns.GATHERING_RECORDED, Campaigns.PUBLICATION_RECORDED,
                Campaigns.TARGET_SET, Campaigns.TARGET_CHANGED)) {
            Map<String, Object> payload = samples.get(type);
            payload.put("activityNumber", 0);
            assertThat(errors(type, payload)).as(type).singleElement().asString()
                    .startsWith("$.activityNumber:").contains("minimum");
            payload.put("activityNumber", 1000);
            assertThat(errors(type, payload)).as(type).singleElement().asString()
                    .startsWith("$.activityNumber:").contains("maximum");
            payload.put("activityNumber", 999);
            assertThat(errors(type, payload)).as(type).isEmpty();
        }
        Map<String, Object> completed = samples.get(Campaigns.PLAN_ACTIVITY_COMPLETED);
        completed.put("activityNumber", "4");
        assertThat(errors(Campaigns.PLAN_ACTIVITY_COMPLETED, completed)).singleElement().asString()
                .startsWith("$.activityNumber:").contains("integer");
    }

    @Test
    void badPlanNumberIsRejected() {
        Map<String, Object> issued = samples().get(Campaigns.PLAN_ISSUED);
        for (String number : List.of("KH-LMHTX", "KH-LMHTX/123", "123/", "123 /KH-LMHTX", "123/KH LMHTX",
                "123/-KH", "1234567/KH", "123/KH-LMHTX\n", "123/" + "K".repeat(42), "١٢٣/KH")) {
            issued.put("number", number);
            assertThat(errors(Campaigns.PLAN_ISSUED, issued)).as(number).singleElement().asString()
                    .startsWith("$.number:");
        }
        issued.remove("number");
        assertThat(errors(Campaigns.PLAN_ISSUED, issued)).singleElement().asString().contains("required", "'number'");

        Map<String, Object> amended = samples().get(Campaigns.PLAN_AMENDED);
        amended.put("implementsPlanNumber", "Kế hoạch 70");
        assertThat(errors(Campaigns.PLAN_AMENDED, amended)).singleElement().asString()
                .startsWith("$.implementsPlanNumber:");
    }

    @Test
    void unknownEnumValuesAreRejected() {
        Map<String, Object> added = samples().get(Campaigns.PLAN_ACTIVITY_ADDED);
        added.put("category", "PROPAGANDA");
        assertThat(errors(Campaigns.PLAN_ACTIVITY_ADDED, added)).singleElement().asString()
                .startsWith("$.category:").contains("enumeration");
        Map<String, Object> amended = samples().get(Campaigns.PLAN_ACTIVITY_AMENDED);
        amended.put("category", "training_class");
        assertThat(errors(Campaigns.PLAN_ACTIVITY_AMENDED, amended)).singleElement().asString()
                .startsWith("$.category:");

        Map<String, Object> drafted = samples().get(Campaigns.PLAN_DRAFTED);
        drafted.put("kind", "QUARTERLY_WORK_PLAN");
        assertThat(errors(Campaigns.PLAN_DRAFTED, drafted)).singleElement().asString().startsWith("$.kind:");

        Map<String, Object> gathering = gathering();
        gathering.put("kind", "WORKSHOP");
        gathering.put("audiences", List.of("FOUNDERS", "STUDENTS"));
        assertThat(errors(Campaigns.GATHERING_RECORDED, gathering)).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("$.kind:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.audiences[1]:"));

        Map<String, Object> publication = publication();
        publication.put("kind", "BOOK");
        assertThat(errors(Campaigns.PUBLICATION_RECORDED, publication)).singleElement().asString()
                .startsWith("$.kind:");

        // an overdue activity is still open
        Map<String, Object> overdue = samples().get(Campaigns.PLAN_ACTIVITY_OVERDUE);
        overdue.put("status", "IN_PROGRESS");
        assertThat(errors(Campaigns.PLAN_ACTIVITY_OVERDUE, overdue)).isEmpty();
        for (String status : List.of("DONE", "CANCELLED", "OVERDUE")) {
            overdue.put("status", status);
            assertThat(errors(Campaigns.PLAN_ACTIVITY_OVERDUE, overdue)).as(status).singleElement().asString()
                    .startsWith("$.status:");
        }
    }

    @Test
    void missingRequiredFieldIsRejected() {
        Map<String, Map<String, Object>> samples = samples();
        Map<String, String> requiredByType = new LinkedHashMap<>();
        requiredByType.put(Campaigns.PLAN_DRAFTED, "periodFrom");
        requiredByType.put(Campaigns.PLAN_CLOSED, "assessment");
        requiredByType.put(Campaigns.PLAN_ACTIVITY_ADDED, "windowFrom");
        requiredByType.put(Campaigns.PLAN_ACTIVITY_STARTED, "activityNumber");
        requiredByType.put(Campaigns.PLAN_ACTIVITY_COMPLETED, "result");
        requiredByType.put(Campaigns.PLAN_ACTIVITY_CANCELLED, "reason");
        requiredByType.put(Campaigns.PLAN_ACTIVITY_OVERDUE, "windowTo");
        requiredByType.put(Campaigns.GATHERING_RECORDED, "ethnicMinorityArea");
        requiredByType.put(Campaigns.GATHERING_ATTENDANCE_CORRECTED, "organisationIds");
        requiredByType.put(Campaigns.GATHERING_COMMENDATION_AWARDED, "awardedBy");
        requiredByType.put(Campaigns.PUBLICATION_RECORDED, "preparedTo");
        requiredByType.put(Campaigns.PUBLICATION_PUBLISHED, "effectiveOn");
        requiredByType.put(Campaigns.TARGET_SET, "indicatorVersion");
        requiredByType.put(Campaigns.TARGET_CHANGED, "filter");
        requiredByType.put(Campaigns.TARGET_REACHED, "eventSubject");
        requiredByType.forEach((type, name) -> {
            Map<String, Object> payload = samples.get(type);
            payload.remove(name);
            assertThat(errors(type, payload)).as(type).singleElement().asString()
                    .startsWith("$:").contains("required", "'" + name + "'");
        });

        // required means present and not null, unless the schema says it may be null
        Map<String, Object> completed = samples.get(Campaigns.PLAN_ACTIVITY_COMPLETED);
        completed.put("result", null);
        assertThat(errors(Campaigns.PLAN_ACTIVITY_COMPLETED, completed)).singleElement().asString()
                .startsWith("$.result:");
        Map<String, Object> gathering = gathering();
        gathering.put("audiences", null);
        assertThat(errors(Campaigns.GATHERING_RECORDED, gathering)).singleElement().asString()
                .startsWith("$.audiences:");
        for (String name : List.of("filter", "atLeast", "indicatorId", "windowTo")) {
            Map<String, Object> set = samples().get(Campaigns.TARGET_SET);
            set.put(name, null);
            assertThat(errors(Campaigns.TARGET_SET, set)).as(name).singleElement().asString().startsWith("$." + name + ":");
        }
        for (String name : List.of("eventId", "eventType", "actual")) {
            Map<String, Object> reached = reached();
            reached.put(name, null);
            assertThat(errors(Campaigns.TARGET_REACHED, reached)).as(name).singleElement().asString()
                    .startsWith("$." + name + ":");
        }
    }

    @Test
    void extraPropertyIsRejectedNamingTheField() {
        Map<String, Object> added = samples().get(Campaigns.PLAN_ACTIVITY_ADDED);
        added.put("status", "PLANNED");
        assertThat(errors(Campaigns.PLAN_ACTIVITY_ADDED, added)).singleElement().asString()
                .startsWith("$:").contains("'status'");
        // a consumer tolerates it
        assertThat(VALIDATOR.validateTolerant(Campaigns.PLAN_ACTIVITY_ADDED, json(added))).isEmpty();

        Map<String, Object> issued = samples().get(Campaigns.PLAN_ISSUED);
        issued.put("issuedOn", "2025-02-24");
        assertThat(errors(Campaigns.PLAN_ISSUED, issued)).singleElement().asString().contains("'issuedOn'");

        Map<String, Object> gathering = gathering();
        gathering.put("organisationID", COOPERATIVE);
        assertThat(errors(Campaigns.GATHERING_RECORDED, gathering)).singleElement().asString()
                .contains("'organisationID'");

        Map<String, Object> set = samples().get(Campaigns.TARGET_SET);
        set.put("goal", 400);
        assertThat(errors(Campaigns.TARGET_SET, set)).singleElement().asString().startsWith("$:").contains("'goal'");
        assertThat(VALIDATOR.validateTolerant(Campaigns.TARGET_SET, json(set))).isEmpty();
        // a reached target carries its atLeast, not its range
        Map<String, Object> reached = reached();
        reached.put("atMost", 500);
        assertThat(errors(Campaigns.TARGET_REACHED, reached)).singleElement().asString().contains("'atMost'");
    }

    @Test
    void malformedTargetDataIsRejected() {
        // a goal is never negative, nor beyond what every JSON reader keeps exact
        for (String type : List.of(Campaigns.TARGET_SET, Campaigns.TARGET_CHANGED, Campaigns.TARGET_REACHED)) {
            Map<String, Object> payload = samples().get(type);
            payload.put("atLeast", -1);
            assertThat(errors(type, payload)).as(type).singleElement().asString()
                    .startsWith("$.atLeast:").contains("minimum");
            payload.put("atLeast", 9_007_199_254_740_992L);
            assertThat(errors(type, payload)).as(type).singleElement().asString()
                    .startsWith("$.atLeast:").contains("maximum");
            payload.put("atLeast", 400.5);
            assertThat(errors(type, payload)).as(type).singleElement().asString()
                    .startsWith("$.atLeast:").contains("integer");
        }
        Map<String, Object> changed = samples().get(Campaigns.TARGET_CHANGED);
        changed.put("atMost", -5);
        assertThat(errors(Campaigns.TARGET_CHANGED, changed)).singleElement().asString().startsWith("$.atMost:");
        Map<String, Object> negative = reached();
        negative.put("actual", -1);
        assertThat(errors(Campaigns.TARGET_REACHED, negative)).singleElement().asString().startsWith("$.actual:");

        // an indicator is named by its published id, without version or file name
        for (String id : List.of("Registry.cooperatives-founded", "registry", "registry.", ".cooperatives-founded",
                "registry.cooperatives_founded", "registry.cooperatives-founded.v1", "registry.cooperatives-founded.v1.json",
                "registry cooperatives-founded", "registry.Cooperatives-founded", "")) {
            for (String type : List.of(Campaigns.TARGET_SET, Campaigns.TARGET_REACHED)) {
                Map<String, Object> payload = samples().get(type);
                payload.put("indicatorId", id);
                assertThat(errors(type, payload)).as(type + " " + id).singleElement().asString()
                        .startsWith("$.indicatorId:");
            }
        }
        Map<String, Object> set = samples().get(Campaigns.TARGET_SET);
        set.put("indicatorVersion", 0);
        assertThat(errors(Campaigns.TARGET_SET, set)).singleElement().asString().startsWith("$.indicatorVersion:");

        // a filter is names to texts
        for (Object filter : List.of(Map.of("ethnicMinorityArea", true), Map.of("province", 68),
                Map.of("kind", List.of("TRAINING_CLASS")), Map.of("kind", " "), Map.of("kind", ""),
                Map.of("Kind", "TRAINING_CLASS"), Map.of("ethnic minority area", "true"), List.of("kind"), "kind")) {
            Map<String, Object> payload = samples().get(Campaigns.TARGET_SET);
            payload.put("filter", filter);
            assertThat(errors(Campaigns.TARGET_SET, payload)).as(filter.toString()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e).startsWith("$.filter"));
        }

        Map<String, Object> window = samples().get(Campaigns.TARGET_SET);
        window.put("windowFrom", "2025-02-30");
        window.put("windowTo", "30/06/2025");
        assertThat(errors(Campaigns.TARGET_SET, window)).isNotEmpty()
                .anySatisfy(e -> assertThat(e).startsWith("$.windowFrom:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.windowTo:"))
                .allSatisfy(e -> assertThat(e).matches("\\$\\.(windowFrom|windowTo):.*"));

        // the reaching event is named as CloudEvents name it
        Map<String, Object> reached = reached();
        reached.put("eventType", "GatheringRecorded");
        reached.put("eventSubject", "gathering 7");
        reached.put("eventId", " ");
        assertThat(errors(Campaigns.TARGET_REACHED, reached)).hasSize(3)
                .anySatisfy(e -> assertThat(e).startsWith("$.eventType:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.eventSubject:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.eventId:"));
        for (String type : List.of("vn.hoptac.campaigns.gathering.recorded", "vn.hoptac.campaigns.v1",
                "vn.hoptac.campaigns.gathering.recorded.v0", "com.example.gathering.recorded.v1")) {
            reached.put("eventType", type);
            assertThat(errors(Campaigns.TARGET_REACHED, reached)).as(type)
                    .anySatisfy(e -> assertThat(e).startsWith("$.eventType:"));
        }
    }

    @Test
    void malformedCampaignDataIsRejected() {
        Map<String, Object> added = samples().get(Campaigns.PLAN_ACTIVITY_ADDED);
        added.put("windowTo", "2025-06-31");
        added.put("title", "x".repeat(501));
        added.put("placeProvinceCode", "068");
        added.put("commune", "  ");
        assertThat(errors(Campaigns.PLAN_ACTIVITY_ADDED, added)).hasSize(4)
                .anySatisfy(e -> assertThat(e).startsWith("$.windowTo:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.title:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.placeProvinceCode:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.commune:"));

        Map<String, Object> gathering = gathering();
        gathering.put("attendance", 100_001);
        gathering.put("organisationIds", List.of(COOPERATIVE, COOPERATIVE));
        gathering.put("audiences", List.of("PUBLIC", "PUBLIC"));
        gathering.put("ethnicMinorityArea", "true");
        assertThat(errors(Campaigns.GATHERING_RECORDED, gathering)).hasSize(4)
                .anySatisfy(e -> assertThat(e).startsWith("$.attendance:").contains("maximum"))
                .anySatisfy(e -> assertThat(e).startsWith("$.organisationIds:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.audiences:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.ethnicMinorityArea:"));

        Map<String, Object> corrected = samples().get(Campaigns.GATHERING_ATTENDANCE_CORRECTED);
        corrected.put("attendance", -1);
        corrected.put("organisationIds", List.of(COOPERATIVE.toUpperCase()));
        assertThat(errors(Campaigns.GATHERING_ATTENDANCE_CORRECTED, corrected)).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("$.attendance:").contains("minimum"))
                .anySatisfy(e -> assertThat(e).startsWith("$.organisationIds[0]:"));

        Map<String, Object> publication = publication();
        publication.put("issueNumber", 0);
        publication.put("preparedFrom", "01/03/2025");
        assertThat(errors(Campaigns.PUBLICATION_RECORDED, publication)).isNotEmpty()
                .anySatisfy(e -> assertThat(e).startsWith("$.issueNumber:"))
                .allSatisfy(e -> assertThat(e).matches("\\$\\.(issueNumber|preparedFrom):.*"));

        Map<String, Object> closed = samples().get(Campaigns.PLAN_CLOSED);
        closed.put("assessment", "x".repeat(5001));
        assertThat(errors(Campaigns.PLAN_CLOSED, closed)).singleElement().asString().startsWith("$.assessment:");
        closed.put("assessment", "x".repeat(5000));
        assertThat(errors(Campaigns.PLAN_CLOSED, closed)).isEmpty();
        Map<String, Object> completed = samples().get(Campaigns.PLAN_ACTIVITY_COMPLETED);
        completed.put("result", "x".repeat(2001));
        assertThat(errors(Campaigns.PLAN_ACTIVITY_COMPLETED, completed)).singleElement().asString()
                .startsWith("$.result:");
        Map<String, Object> cancelled = samples().get(Campaigns.PLAN_ACTIVITY_CANCELLED);
        cancelled.put("reason", "x".repeat(1001));
        assertThat(errors(Campaigns.PLAN_ACTIVITY_CANCELLED, cancelled)).singleElement().asString()
                .startsWith("$.reason:");
        Map<String, Object> awarded = samples().get(Campaigns.GATHERING_COMMENDATION_AWARDED);
        awarded.put("organisationId", "HTX-001");
        assertThat(errors(Campaigns.GATHERING_COMMENDATION_AWARDED, awarded)).singleElement().asString()
                .startsWith("$.organisationId:");
    }

    @Test
    void campaignHeadersNameTheCampaignService() {
        Map<String, String> headers = exampleHeaders(Campaigns.GATHERING_RECORDED);
        assertThat(VALIDATOR.validateHeaders(headers)).isEmpty();
        headers.put(CloudEventHeaders.SOURCE, "/provinces/68/loans");
        headers.put(CloudEventHeaders.DATA_SCHEMA, "https://schemas.hoptac.vn/campaigns/gathering.recorded.v2.json");
        assertThat(VALIDATOR.validateHeaders(headers)).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("$.ce_source:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.ce_dataschema:"));
    }

    @Test
    void wireBytesWithVietnameseTextValidate() {
        String wire = "{\"planId\":\"" + PLAN_ID + "\",\"provinceCode\":\"68\",\"effectiveOn\":\"2025-02-10\","
                + "\"actor\":\"cán bộ Hờ Hen Niê\",\"kind\":\"ACTION_MONTH\","
                + "\"title\":\"Kế hoạch tổ chức Tháng hành động vì Hợp tác xã năm 2025\","
                + "\"theme\":\"Vì sự phát triển bền vững của Hợp tác xã\",\"periodFrom\":\"2025-01-01\","
                + "\"periodTo\":\"2025-12-31\",\"peakFrom\":null,\"peakTo\":null,\"implementsPlanNumber\":null}";
        assertThat(VALIDATOR.validate(Campaigns.PLAN_DRAFTED, wire.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
