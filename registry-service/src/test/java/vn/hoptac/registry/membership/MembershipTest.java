package vn.hoptac.registry.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.registry.membership.domain.Membership;
import vn.hoptac.registry.membership.domain.Refusal;
import vn.hoptac.registry.organisation.domain.AllianceRules;
import vn.hoptac.registry.organisation.domain.Dissolution;
import vn.hoptac.registry.organisation.domain.LegalBasis;
import vn.hoptac.registry.organisation.domain.Organisation;
import vn.hoptac.registry.organisation.domain.OrganisationProfile;
import vn.hoptac.registry.organisation.domain.OrganisationType;
import vn.hoptac.registry.organisation.domain.Sector;

/** Who may be admitted, and how a membership ends, without infrastructure. */
class MembershipTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final LocalDate APRIL_5 = LocalDate.of(2024, 4, 5);
    static final AllianceRules RULES = new AllianceRules("19", java.util.Set.of("19"), TODAY);

    static Organisation cooperative(LocalDate foundedOn) {
        return Organisation.register("org-1", new OrganisationProfile("4600123456", "HTX Chè Tân Cương",
                OrganisationType.COOPERATIVE, Sector.AGRICULTURE, LegalBasis.LAW_2012, "19", null, null, foundedOn, 12, 15,
                null), RULES, "can.bo").organisation();
    }

    static Membership admitted(LocalDate on) {
        return Membership.admit("m-1", "org-1", " 1/2024 ", on, "19", TODAY, "can.bo").membership();
    }

    @Test
    void anOperatingOrganisationFoundedByTheAdmissionDateAndNotAMemberIsAdmitted() {
        var admission = Membership.admit("m-1", "org-1", " 1/2024 ", APRIL_5, "19", TODAY, "can.bo");

        assertThat(Membership.refusal("org-1", cooperative(LocalDate.of(2018, 1, 1)), List.of(), APRIL_5)).isEmpty();
        assertThat(admission.event().batch()).isEqualTo("1/2024");
        assertThat(admission.event().effectiveOn()).isEqualTo(APRIL_5);
        assertThat(admission.membership().isActive()).isTrue();
    }

    @Test
    void refusalsSayWhy() {
        Organisation dissolved = cooperative(LocalDate.of(2018, 1, 1));
        dissolved.dissolve(Dissolution.VOLUNTARY, "Giải thể", LocalDate.of(2023, 1, 1), RULES, "can.bo");

        assertThat(Membership.refusal("org-x", null, List.of(), APRIL_5)).map(Refusal::reason)
                .contains(Refusal.Reason.UNKNOWN_ORGANISATION);
        assertThat(Membership.refusal("org-1", dissolved, List.of(), APRIL_5)).map(Refusal::reason)
                .contains(Refusal.Reason.NOT_OPERATING);
        assertThat(Membership.refusal("org-1", cooperative(APRIL_5.plusDays(1)), List.of(), APRIL_5)).map(Refusal::reason)
                .contains(Refusal.Reason.NOT_YET_FOUNDED);
        assertThat(Membership.refusal("org-1", cooperative(LocalDate.of(2018, 1, 1)), List.of(admitted(APRIL_5)),
                APRIL_5.plusYears(1))).map(Refusal::reason).contains(Refusal.Reason.ALREADY_MEMBER);
    }

    @Test
    void anEndedMembershipAllowsAnotherAdmissionFromItsEndButNotBefore() {
        Membership earlier = admitted(APRIL_5);
        earlier.end(LocalDate.of(2024, 6, 30), "Tự nguyện", "19", TODAY, "can.bo");
        Organisation cooperative = cooperative(LocalDate.of(2018, 1, 1));

        assertThat(Membership.refusal("org-1", cooperative, List.of(earlier), LocalDate.of(2024, 6, 29))).isPresent();
        assertThat(Membership.refusal("org-1", cooperative, List.of(earlier), LocalDate.of(2024, 6, 30))).isEmpty();
    }

    @Test
    void aBatchNeedsALabelOfAtMostFiftyCharactersAndNoFutureDate() {
        assertThatThrownBy(() -> Membership.checkBatch(" ", TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.errors())
                        .extracting(InvalidFieldException.FieldError::field).containsExactlyInAnyOrder("batch", "admittedOn"));
        assertThat(Membership.checkBatch("x".repeat(50), TODAY, TODAY)).hasSize(50);
    }

    @Test
    void aMembershipEndsOnceNotBeforeItsAdmissionNorInTheFuture() {
        Membership membership = admitted(APRIL_5);

        assertThatThrownBy(() -> membership.end(APRIL_5.minusDays(1), "Giải thể", "19", TODAY, "can.bo"))
                .hasMessageContaining("endedOn");
        assertThatThrownBy(() -> membership.end(TODAY.plusDays(1), "Giải thể", "19", TODAY, "can.bo"))
                .hasMessageContaining("endedOn");
        assertThatThrownBy(() -> membership.end(TODAY, " ", "19", TODAY, "can.bo")).hasMessageContaining("reason");
        assertThat(membership.end(APRIL_5, "Giải thể", "19", TODAY, "can.bo").reason()).isEqualTo("Giải thể");
        assertThat(membership.isActive()).isFalse();
        assertThatThrownBy(() -> membership.end(TODAY, "Lần nữa", "19", TODAY, "can.bo")).isInstanceOf(ConflictException.class);
    }
}
