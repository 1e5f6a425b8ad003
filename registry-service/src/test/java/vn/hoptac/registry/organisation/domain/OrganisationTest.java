package vn.hoptac.registry.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;

class OrganisationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final AllianceRules RULES = new AllianceRules("19", Set.of("19", "68", "08"), TODAY);

    static OrganisationProfile teaCooperative() {
        return new OrganisationProfile("4600123456", "Hợp tác xã Chè Tân Hương", OrganisationType.COOPERATIVE,
                Sector.AGRICULTURE, LegalBasis.LAW_2012, "19", "Tân Hương", null, LocalDate.of(2018, 3, 15), 45, 60,
                500_000_000L);
    }

    static Organisation registered() {
        return Organisation.register("org-1", teaCooperative(), RULES, "officer").organisation();
    }

    @Test
    void registrationMakesAnOperatingOrganisationEffectiveOnItsFoundingDate() {
        var registration = Organisation.register("org-1", teaCooperative(), RULES, "officer");

        assertThat(registration.organisation().status()).isEqualTo(OrganisationStatus.OPERATING);
        assertThat(registration.event().effectiveOn()).isEqualTo(LocalDate.of(2018, 3, 15));
        assertThat(registration.event().profile().name()).isEqualTo("Hợp tác xã Chè Tân Hương");
        assertThat(registration.event().actor()).isEqualTo("officer");
    }

    @Test
    void aCooperativeNeedsARegistrationCodeButAGroupDoesNot() {
        var noCode = new OrganisationProfile(null, "HTX A", OrganisationType.COOPERATIVE, Sector.AGRICULTURE,
                LegalBasis.LAW_2012, "19", null, null, LocalDate.of(2018, 1, 1), 7, 7, null);
        assertThatThrownBy(() -> noCode.check(RULES)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("registrationCode");

        var group = new OrganisationProfile(null, "Tổ hợp tác Rau sạch", OrganisationType.COOPERATIVE_GROUP,
                Sector.AGRICULTURE, LegalBasis.LAW_2012, "19", null, null, LocalDate.of(2018, 1, 1), 7, 7, null);
        group.check(RULES);
    }

    @Test
    void profileRulesNameEveryBrokenField() {
        var bad = new OrganisationProfile("12AB", "  ", OrganisationType.COOPERATIVE, Sector.AGRICULTURE,
                LegalBasis.LAW_2012, "67", null, null, TODAY.plusDays(1), -1, -2, -3L);

        assertThatThrownBy(() -> bad.check(RULES)).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.errors()).extracting(InvalidFieldException.FieldError::field).containsExactlyInAnyOrder(
                        "registrationCode", "name", "provinceCode", "foundedOn", "legalBasis", "membersCount", "workersCount",
                        "charterCapital"));
    }

    @Test
    void anotherProvinceThanTheAlliancesIsRefused() {
        var elsewhere = new OrganisationProfile("4600123456", "HTX Lâm Đồng", OrganisationType.COOPERATIVE,
                Sector.AGRICULTURE, LegalBasis.LAW_2012, "68", null, null, LocalDate.of(2018, 1, 1), 7, 7, null);
        assertThatThrownBy(() -> elsewhere.check(RULES)).hasMessageContaining("must be this alliance's province (19)");
    }

    @Test
    void aLawAlreadyReplacedOnTheFoundingDateIsRefused() {
        var late2003 = new OrganisationProfile("4600123456", "HTX", OrganisationType.COOPERATIVE, Sector.AGRICULTURE,
                LegalBasis.LAW_2003, "19", null, null, LocalDate.of(2015, 1, 1), 7, 7, null);
        assertThatThrownBy(() -> late2003.check(RULES)).hasMessageContaining("legalBasis");
    }

    @Test
    void conversionMovesToANewerLawAndKeepsItOperating() {
        var cooperative = Organisation.register("org-1", new OrganisationProfile("4600123456", "HTX Thôn Chang",
                OrganisationType.COOPERATIVE, Sector.AGRICULTURE, LegalBasis.LAW_2003, "19", null, null,
                LocalDate.of(2008, 5, 1), 20, 20, null), RULES, "officer").organisation();

        var event = (OrganisationConverted) cooperative.convert(LegalBasis.LAW_2012, null, LocalDate.of(2016, 6, 30),
                RULES, "officer");

        assertThat(event.fromLegalBasis()).isEqualTo(LegalBasis.LAW_2003);
        assertThat(event.toLegalBasis()).isEqualTo(LegalBasis.LAW_2012);
        assertThat(cooperative.status()).isEqualTo(OrganisationStatus.OPERATING);
        assertThat(cooperative.profile().legalBasis()).isEqualTo(LegalBasis.LAW_2012);
        assertThatThrownBy(() -> cooperative.convert(LegalBasis.LAW_2012, null, TODAY, RULES, "officer"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aDissolvedCooperativeCannotConvertResumeChangeOrDissolveAgain() {
        var cooperative = registered();
        cooperative.dissolve(Dissolution.VOLUNTARY, "Members decided", LocalDate.of(2020, 1, 1), RULES, "officer");

        assertThat(cooperative.status()).isEqualTo(OrganisationStatus.DISSOLVED);
        assertThatThrownBy(() -> cooperative.convert(LegalBasis.LAW_2023, null, TODAY, RULES, "o"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cooperative.resume(TODAY, RULES, "o")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cooperative.dissolve(Dissolution.FORCED, "again", TODAY, RULES, "o"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cooperative.changeProfile(teaCooperative(), TODAY, RULES, "o"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void suspensionAndResumptionAlternate() {
        var cooperative = registered();
        var suspended = cooperative.suspend("Lack of capital", LocalDate.of(2021, 1, 1), RULES, "o");
        assertThat(suspended.status()).isEqualTo(OrganisationStatus.SUSPENDED);
        assertThatThrownBy(() -> cooperative.suspend("again", TODAY, RULES, "o")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cooperative.convert(LegalBasis.LAW_2023, null, TODAY, RULES, "o"))
                .isInstanceOf(ConflictException.class);

        var resumed = cooperative.resume(LocalDate.of(2022, 1, 1), RULES, "o");
        assertThat(resumed.status()).isEqualTo(OrganisationStatus.OPERATING);
        assertThatThrownBy(() -> cooperative.resume(TODAY, RULES, "o")).isInstanceOf(ConflictException.class);
    }

    @Test
    void aChangeCannotTakeEffectInTheFutureOrBeforeTheLastRecordedChange() {
        var cooperative = registered();
        cooperative.suspend("Flood", LocalDate.of(2021, 1, 1), RULES, "o");

        assertThatThrownBy(() -> cooperative.resume(TODAY.plusDays(1), RULES, "o")).hasMessageContaining("future");
        assertThatThrownBy(() -> cooperative.resume(LocalDate.of(2020, 12, 31), RULES, "o"))
                .hasMessageContaining("before the last recorded lifecycle change");
    }

    @Test
    void aSuspensionOrDissolutionNeedsAReason() {
        assertThatThrownBy(() -> registered().suspend("  ", TODAY, RULES, "o")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> registered().dissolve(Dissolution.FORCED, null, TODAY, RULES, "o"))
                .hasMessageContaining("reason");
    }

    @Test
    void aProfileChangeNamesTheFieldsThatChangedAndNothingIsPublishedWhenNothingChanged() {
        var cooperative = registered();
        var same = cooperative.changeProfile(teaCooperative(), TODAY, RULES, "o");
        assertThat(same).isEmpty();

        var bigger = new OrganisationProfile("4600123456", "Hợp tác xã Chè Tân Hương", OrganisationType.COOPERATIVE,
                Sector.AGRICULTURE, LegalBasis.LAW_2012, "19", "Tân Hương", "Thôn 5", LocalDate.of(2018, 3, 15), 52, 70,
                500_000_000L);
        var changed = (OrganisationProfileChanged) cooperative.changeProfile(bigger, TODAY, RULES, "o").get(0);
        assertThat(changed.changedFields()).containsExactly("addressLine", "membersCount", "workersCount");
    }

    @Test
    void aProfileCorrectionMayBeDatedBeforeTheLastLifecycleChangeButNotBeforeFounding() {
        var cooperative = registered();
        cooperative.suspend("Flood", LocalDate.of(2021, 1, 1), RULES, "o");
        var bigger = new OrganisationProfile("4600123456", "Hợp tác xã Chè Tân Hương", OrganisationType.COOPERATIVE,
                Sector.AGRICULTURE, LegalBasis.LAW_2012, "19", "Tân Hương", null, LocalDate.of(2018, 3, 15), 50, 60,
                500_000_000L);

        assertThat(cooperative.changeProfile(bigger, LocalDate.of(2019, 1, 1), RULES, "o")).hasSize(1);
        assertThatThrownBy(() -> cooperative.changeProfile(teaCooperative(), LocalDate.of(2017, 1, 1), RULES, "o"))
                .hasMessageContaining("before the founding date");
        assertThat(cooperative.resume(LocalDate.of(2021, 6, 1), RULES, "o").status()).isEqualTo(OrganisationStatus.OPERATING);
    }

    @Test
    void typeAndLegalBasisDoNotChangeThroughTheProfile() {
        var asGroup = new OrganisationProfile(null, "HTX", OrganisationType.COOPERATIVE_GROUP, Sector.AGRICULTURE,
                LegalBasis.LAW_2012, "19", null, null, LocalDate.of(2018, 3, 15), 45, 60, null);
        assertThatThrownBy(() -> registered().changeProfile(asGroup, TODAY, RULES, "o")).isInstanceOf(ConflictException.class);
    }
}
