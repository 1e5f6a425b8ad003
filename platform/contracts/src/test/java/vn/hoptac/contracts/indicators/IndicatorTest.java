package vn.hoptac.contracts.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import vn.hoptac.contracts.EventTypes.Campaigns;
import vn.hoptac.contracts.EventTypes.Loans;
import vn.hoptac.contracts.EventTypes.Registry;

/** {@link Indicator#contribution} and {@link Indicator#filterErrors}. */
class IndicatorTest {

    private static final IndicatorCatalog CATALOG = IndicatorCatalog.load();
    private static final Indicator COOPERATIVES = CATALOG.require("registry.cooperatives-founded");
    private static final Indicator ATTENDANCES = CATALOG.require("campaigns.attendances");
    private static final Indicator AMOUNT = CATALOG.require("loans.amount-disbursed");

    private static final String ORG = "3f8e2a9c-5b71-4d2e-9a0f-6c1b7d4e8a21";
    private static final String GATHERING = "b3d5f7a9-2c4e-4a6b-9d8f-0e1c2b3d4f02";

    private static byte[] registered(String type, String sector, String foundedOn) {
        return ("{\"organisationId\":\"" + ORG + "\",\"provinceCode\":\"19\",\"organisationType\":\"" + type + "\","
                + "\"status\":\"OPERATING\",\"effectiveOn\":\"" + foundedOn + "\",\"actor\":\"can-bo\",\"profile\":{"
                + "\"registrationCode\":\"4600123456\",\"name\":\"Hợp tác xã Chè Tân Hương\",\"type\":\"" + type + "\","
                + "\"sector\":\"" + sector + "\",\"legalBasis\":\"LAW_2012\",\"provinceCode\":\"19\",\"commune\":null,"
                + "\"addressLine\":null,\"foundedOn\":\"" + foundedOn + "\",\"membersCount\":27,\"workersCount\":35,"
                + "\"charterCapital\":null}}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gathering(String kind, int attendance) {
        return ("{\"gatheringId\":\"" + GATHERING + "\",\"provinceCode\":\"19\",\"effectiveOn\":\"2025-04-08\","
                + "\"actor\":\"can-bo\",\"planId\":\"p\",\"activityNumber\":3,\"kind\":\"" + kind + "\",\"title\":\"Lớp\","
                + "\"endsOn\":null,\"commune\":null,\"placeProvinceCode\":null,\"formerProvinceCode\":null,"
                + "\"audiences\":[],\"ethnicMinorityArea\":true,\"attendance\":" + attendance + ",\"organisationIds\":[]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] correction(int attendance) {
        return ("{\"gatheringId\":\"" + GATHERING + "\",\"provinceCode\":\"19\",\"effectiveOn\":\"2025-04-11\","
                + "\"actor\":\"can-bo\",\"attendance\":" + attendance + ",\"organisationIds\":[]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCooperativeRegisteredCountsOneOnItsFoundingDate() {
        Optional<Contribution> c = COOPERATIVES.contribution("e1", Registry.ORGANISATION_REGISTERED, ORG,
                registered("COOPERATIVE", "AGRICULTURE", "2018-04-11"), Map.of());
        assertThat(c).contains(new Contribution("e1", Registry.ORGANISATION_REGISTERED, ORG,
                LocalDate.parse("2018-04-11"), 1, Contribution.Mode.ADD));
    }

    @Test
    void aTypeNotReadContributesNothingWithoutBeingParsed() {
        assertThat(COOPERATIVES.contribution("e2", Registry.ORGANISATION_DISSOLVED, ORG, "not json".getBytes(),
                Map.of())).isEmpty();
        assertThat(COOPERATIVES.contribution("e2", null, ORG, null, null)).isEmpty();
    }

    @Test
    void aFixedConditionExcludes() {
        assertThat(COOPERATIVES.contribution("e3", Registry.ORGANISATION_REGISTERED, ORG,
                registered("COOPERATIVE_GROUP", "AGRICULTURE", "2018-04-11"), Map.of())).isEmpty();
        assertThat(CATALOG.require("registry.groups-founded").contribution("e3", Registry.ORGANISATION_REGISTERED, ORG,
                registered("COOPERATIVE_GROUP", "AGRICULTURE", "2018-04-11"), Map.of())).isPresent();
    }

    @Test
    void aFilterExcludesOrKeeps() {
        byte[] trade = registered("COOPERATIVE", "TRADE_SERVICES", "2018-12-31");
        assertThat(COOPERATIVES.contribution("e4", Registry.ORGANISATION_REGISTERED, ORG, trade,
                Map.of("sector", "AGRICULTURE"))).isEmpty();
        assertThat(COOPERATIVES.contribution("e4", Registry.ORGANISATION_REGISTERED, ORG, trade,
                Map.of("sector", "TRADE_SERVICES", "province", "19"))).isPresent();
        assertThat(COOPERATIVES.contribution("e4", Registry.ORGANISATION_REGISTERED, ORG, trade,
                Map.of("province", "06"))).isEmpty();
    }

    @Test
    void aBooleanFieldIsFilteredByItsText() {
        assertThat(ATTENDANCES.contribution("g", Campaigns.GATHERING_RECORDED, GATHERING,
                gathering("TRAINING_CLASS", 40), Map.of("ethnicMinorityArea", "true"))).isPresent();
        assertThat(ATTENDANCES.contribution("g", Campaigns.GATHERING_RECORDED, GATHERING,
                gathering("TRAINING_CLASS", 40), Map.of("ethnicMinorityArea", "false"))).isEmpty();
    }

    @Test
    void aStartAndACorrectionCarryTheirValues() {
        assertThat(ATTENDANCES.contribution("g", Campaigns.GATHERING_RECORDED, GATHERING, gathering("SEMINAR", 60),
                Map.of())).get().satisfies(c -> {
                    assertThat(c.mode()).isEqualTo(Contribution.Mode.START);
                    assertThat(c.value()).isEqualTo(60);
                    assertThat(c.businessDate()).isEqualTo("2025-04-08");
                });
        assertThat(ATTENDANCES.contribution("c", Campaigns.GATHERING_ATTENDANCE_CORRECTED, GATHERING, correction(55),
                Map.of())).get().satisfies(c -> {
                    assertThat(c.mode()).isEqualTo(Contribution.Mode.REPLACE);
                    assertThat(c.value()).isEqualTo(55);
                    assertThat(c.businessDate()).isEqualTo("2025-04-11");
                });
    }

    /** A correction carries no kind: the filter is its gathering's, applied to the gathering's START. */
    @Test
    void aCorrectionIsFilteredThroughItsSubject() {
        Map<String, String> training = Map.of("kind", "TRAINING_CLASS");
        Optional<Contribution> seminar = ATTENDANCES.contribution("g", Campaigns.GATHERING_RECORDED, GATHERING,
                gathering("SEMINAR", 60), training);
        Optional<Contribution> fix = ATTENDANCES.contribution("c", Campaigns.GATHERING_ATTENDANCE_CORRECTED, GATHERING,
                correction(55), training);
        assertThat(seminar).isEmpty();
        assertThat(fix).isPresent();
        assertThat(Indicator.figure(fix.stream().toList(), LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"),
                LocalDate.parse("2025-12-31")).value()).isZero();
    }

    @Test
    void aSumReadsItsValue() {
        String tranche = "{\"loanId\":\"80159326-ac69-4ff7-90f8-9e415366d5fe\",\"fundId\":\"quy\",\"provinceCode\":\"67\","
                + "\"effectiveOn\":\"2019-04-15\",\"amount\":250000000}";
        assertThat(AMOUNT.contribution("t", Loans.LOAN_TRANCHE_DISBURSED, "80159326-ac69-4ff7-90f8-9e415366d5fe",
                tranche.getBytes(StandardCharsets.UTF_8), Map.of())).get().extracting(Contribution::value)
                .isEqualTo(250_000_000L);
        String fractional = tranche.replace("250000000", "250000000.5");
        assertThatThrownBy(() -> AMOUNT.contribution("t", Loans.LOAN_TRANCHE_DISBURSED, "l",
                fractional.getBytes(StandardCharsets.UTF_8), Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event t (" + Loans.LOAN_TRANCHE_DISBURSED + "): /amount is not a whole number: 250000000.5");
    }

    @Test
    void unreadableDataOfAReadTypeIsRefused() {
        String type = Registry.ORGANISATION_REGISTERED;
        assertThatThrownBy(() -> COOPERATIVES.contribution("e", type, ORG, "{".getBytes(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("event e (" + type + "): data is not JSON");
        assertThatThrownBy(() -> COOPERATIVES.contribution("e", type, ORG, "[]".getBytes(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("data is not a JSON object");
        assertThatThrownBy(() -> COOPERATIVES.contribution("e", type, ORG, new byte[] {(byte) 0xC3, 0x28}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("data is not UTF-8");
        assertThatThrownBy(() -> COOPERATIVES.contribution("e", type, ORG, null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("no data");
        assertThatThrownBy(() -> COOPERATIVES.contribution("e", type, ORG,
                registered("COOPERATIVE", "AGRICULTURE", "2018-02-30"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("/profile/foundedOn is not a date (YYYY-MM-DD): \"2018-02-30\"");
        String duplicateKey = "{\"organisationType\":\"COOPERATIVE\",\"organisationType\":\"COOPERATIVE\"}";
        assertThatThrownBy(() -> COOPERATIVES.contribution("e", type, ORG, duplicateKey.getBytes(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duplicate field");
    }

    @Test
    void filterErrorsNameTheFilter() {
        assertThat(COOPERATIVES.filterErrors(Map.of())).isEmpty();
        assertThat(COOPERATIVES.filterErrors(null)).isEmpty();
        assertThat(COOPERATIVES.filterErrors(Map.of("sector", "AGRICULTURE", "province", "any text"))).isEmpty();
        assertThat(COOPERATIVES.filterErrors(Map.of("organisationType", "COOPERATIVE"))).containsExactly(
                "filter 'organisationType' is not a filter of registry.cooperatives-founded: one of [sector, legalBasis, "
                        + "province]");
        assertThat(COOPERATIVES.filterErrors(Map.of("sector", "FARMING"))).containsExactly(
                "filter 'sector': 'FARMING' is not one of [AGRICULTURE, INDUSTRY_HANDICRAFT, TRADE_SERVICES, TRANSPORT, "
                        + "CONSTRUCTION, ENVIRONMENT, CREDIT, OTHER]");
        Map<String, String> blank = new HashMap<>();
        blank.put("province", " ");
        blank.put("legalBasis", null);
        assertThat(COOPERATIVES.filterErrors(blank)).containsExactlyInAnyOrder("filter 'province' has no value",
                "filter 'legalBasis' has no value");
        Map<String, String> nullName = new HashMap<>();
        nullName.put(null, "x");
        assertThat(COOPERATIVES.filterErrors(nullName)).singleElement().asString().startsWith("filter 'null' is not");
    }

    @Test
    void aContributionUnderAFilterThatIsNotValidIsRefused() {
        assertThatThrownBy(() -> COOPERATIVES.contribution("e", Registry.ORGANISATION_DISSOLVED, ORG, new byte[0],
                Map.of("sector", "FARMING", "kind", "X"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("filter 'sector'").hasMessageContaining("filter 'kind'");
    }

    @Test
    void theCataloguesAndIndicatorsViews() {
        assertThat(ATTENDANCES.eventTypes()).containsExactly(Campaigns.GATHERING_RECORDED,
                Campaigns.GATHERING_ATTENDANCE_CORRECTED);
        assertThat(ATTENDANCES.filterNames()).containsExactly("kind", "ethnicMinorityArea", "plan", "province");
        assertThat(ATTENDANCES.aggregation()).isEqualTo(Indicator.Aggregation.LATEST_PER_SUBJECT);
        assertThat(ATTENDANCES.kind()).isEqualTo(Indicator.Kind.FLOW);
        assertThat(CATALOG.eventTypes()).contains(Registry.ORGANISATION_REGISTERED, Registry.FOUNDER_GROUP_ADVISED,
                Registry.MEMBERSHIP_ADMITTED, Loans.DOSSIER_RECEIVED, Loans.DOSSIER_APPRAISED, Loans.LOAN_TRANCHE_DISBURSED,
                Campaigns.GATHERING_RECORDED, Campaigns.GATHERING_ATTENDANCE_CORRECTED,
                Campaigns.GATHERING_COMMENDATION_AWARDED, Campaigns.PLAN_ACTIVITY_COMPLETED);
        assertThatThrownBy(() -> CATALOG.all().add(ATTENDANCES)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CATALOG.eventTypes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ATTENDANCES.filterNames().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(List.copyOf(CATALOG.all())).hasSize(13);
    }
}
