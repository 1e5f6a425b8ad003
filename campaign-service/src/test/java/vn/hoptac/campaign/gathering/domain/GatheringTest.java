package vn.hoptac.campaign.gathering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoptac.campaign.Refusals.fields;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.campaign.plan.domain.Place;
import vn.hoptac.campaign.plan.domain.ProvinceRules;
import vn.hoptac.plumbing.errors.ConflictException;

/** A gathering's rules: in the plan's period, attendance at least the organisations named, a commendation once. */
class GatheringTest {

    static final LocalDate TODAY = LocalDate.of(2024, 12, 31);
    static final ProvinceRules PROVINCES = new ProvinceRules(Set.of("68"), Map.of("67", "68"));
    static final Period YEAR_2024 = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

    static GatheringTerms terms(GatheringKind kind, String heldOn) {
        return new GatheringTerms(kind, "Hội nghị tuyên dương THT-HTX năm 2023", LocalDate.parse(heldOn), null,
                new Place("Gia Nghĩa", "68", "67"), List.of(Audience.DIRECTORS, Audience.BOARD_MEMBERS), false);
    }


    @Test
    void aGatheringIsHeldInThePlansPeriodWithAtLeastTheOrganisationsNamed() {
        var recorded = Gathering.record("g1", "p1", 7, YEAR_2024, terms(GatheringKind.HONOURING_CONFERENCE, "2024-03-15"), 120,
                List.of("0b6f1d7e-6c1a-4c1e-9d55-3f0a2a9b7c11", "5c2e8f4a-1b3d-4e6f-8a9b-0c1d2e3f4a5b"), PROVINCES, "68", TODAY, "a");
        assertThat(recorded.event().attendance()).isEqualTo(120);
        assertThat(recorded.event().audiences()).containsExactly(Audience.BOARD_MEMBERS, Audience.DIRECTORS);
        assertThat(fields(() -> Gathering.record("g2", "p1", 7, YEAR_2024, terms(GatheringKind.TRAINING_CLASS, "2023-12-31"), 1,
                List.of("0b6f1d7e-6c1a-4c1e-9d55-3f0a2a9b7c11", "5c2e8f4a-1b3d-4e6f-8a9b-0c1d2e3f4a5b"), PROVINCES, "68", TODAY, "a"))).containsExactly("heldOn", "attendance");
        assertThat(fields(() -> Gathering.record("g2", "p1", 7, YEAR_2024, terms(GatheringKind.TRAINING_CLASS, "2024-05-01"), 5,
                List.of("0b6f1d7e-6c1a-4c1e-9d55-3f0a2a9b7c11", "0b6f1d7e-6c1a-4c1e-9d55-3f0a2a9b7c11"), PROVINCES, "68", TODAY, "a"))).containsExactly("organisationIds");
    }

    @Test
    void aCommendationIsAwardedAtAConferenceOnceToAnOrganisationUnderItsTitle() {
        Gathering conference = Gathering.record("g1", "p1", 7, YEAR_2024, terms(GatheringKind.HONOURING_CONFERENCE,
                "2024-03-15"), 120, List.of(), PROVINCES, "68", TODAY, "a").gathering();
        CommendationAwarded awarded = conference.award("c1", "0b6f1d7e-6c1a-4c1e-9d55-3f0a2a9b7c11", "Bằng khen của UBND tỉnh", "UBND tỉnh Đắk Nông", TODAY, "a");
        assertThat(awarded.effectiveOn()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThatThrownBy(() -> conference.award("c2", "0b6f1d7e-6c1a-4c1e-9d55-3f0a2a9b7c11", "Bằng khen của UBND tỉnh", "UBND tỉnh Đắk Nông", TODAY, "a"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already awarded");
        Gathering lesson = Gathering.record("g2", "p1", 11, YEAR_2024, terms(GatheringKind.TRAINING_CLASS, "2024-05-01"), 40,
                List.of(), PROVINCES, "68", TODAY, "a").gathering();
        assertThatThrownBy(() -> lesson.award("c3", "0b6f1d7e-6c1a-4c1e-9d55-3f0a2a9b7c11", "Bằng khen", "UBND tỉnh", TODAY, "a"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("conferences");
        assertThat(conference.commendations()).hasSize(1);
    }

    @Test
    void anUnchangedAttendanceCorrectionIsNoEvent() {
        Gathering lesson = Gathering.record("g2", "p1", 11, YEAR_2024, terms(GatheringKind.TRAINING_CLASS, "2024-05-01"), 40,
                List.of("0b6f1d7e-6c1a-4c1e-9d55-3f0a2a9b7c11"), PROVINCES, "68", TODAY, "a").gathering();
        assertThat(lesson.correctAttendance(40, List.of("0b6f1d7e-6c1a-4c1e-9d55-3f0a2a9b7c11"), LocalDate.of(2024, 5, 2), TODAY, "a")).isEmpty();
        assertThat(lesson.correctAttendance(42, List.of("0b6f1d7e-6c1a-4c1e-9d55-3f0a2a9b7c11"), LocalDate.of(2024, 5, 2), TODAY, "a")).hasSize(1);
        assertThat(lesson.attendance()).isEqualTo(42);
    }
}
