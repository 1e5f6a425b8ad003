package vn.hoptac.campaign.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoptac.campaign.Refusals.fields;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hoptac.plumbing.errors.ConflictException;

/** A plan's rules: its heading, its numbered activities in its period, steps in order, overdue once, closed is read-only. */
class PlanTest {

    static final LocalDate TODAY = LocalDate.of(2024, 12, 31);
    static final ProvinceRules PROVINCES = new ProvinceRules(Set.of("68", "01", "08"), Map.of("67", "68", "68", "68",
            "02", "08"));
    static final Period YEAR_2024 = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    static final PlanHeading ACTION_MONTH = new PlanHeading(PlanKind.ACTION_MONTH,
            "Tổ chức Tháng hành động vì Hợp tác xã năm 2024", "Vì sự phát triển bền vững của Hợp tác xã", YEAR_2024,
            new Period(LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 29)), "70/KH-BTVLMHTXVN");

    static Plan issued() {
        Plan plan = Plan.draft("p1", ACTION_MONTH, "68", LocalDate.of(2024, 2, 20), TODAY, "vu.thi.hang").plan();
        plan.issue("123/KH-LMHTX", LocalDate.of(2024, 2, 27), TODAY, "vu.thi.hang");
        return plan;
    }

    static ActivityTerms terms(String title, ActivityCategory category, String from, String to) {
        return new ActivityTerms(title, category, new Period(LocalDate.parse(from), LocalDate.parse(to)),
                new Place("Gia Nghĩa", "68", "67"), "Phòng KH&HT");
    }


    @Test
    void draftingTidiesTheHeadingAndAPeakOutsideThePeriodIsRefusedByField() {
        var drafting = Plan.draft("p1", new PlanHeading(PlanKind.ACTION_MONTH, "  Tháng   hành động  ", null, YEAR_2024,
                null, null), "68", LocalDate.of(2024, 2, 20), TODAY, "a");
        assertThat(drafting.plan().heading().title()).isEqualTo("Tháng hành động");
        assertThat(drafting.event().periodFrom()).isEqualTo(YEAR_2024.from());
        assertThat(drafting.plan().status()).isEqualTo(PlanStatus.DRAFTED);

        PlanHeading latePeak = new PlanHeading(PlanKind.ACTION_MONTH, "Tháng hành động", null, YEAR_2024,
                new Period(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 15)), null);
        assertThat(fields(() -> Plan.draft("p2", latePeak, "68", LocalDate.of(2024, 2, 20), TODAY, "a"))).containsExactly("peakTo");
        PlanHeading backwards = new PlanHeading(PlanKind.ANNUAL_WORK_PLAN, "Kế hoạch", null,
                new Period(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 1)), null, "không phải số");
        assertThat(fields(() -> Plan.draft("p3", backwards, "68", LocalDate.of(2024, 2, 20), TODAY, "a")))
                .containsExactly("periodTo", "implementsPlanNumber");
        assertThat(fields(() -> Plan.draft("p4", ACTION_MONTH, "68", TODAY.plusDays(1), TODAY, "a"))).containsExactly("draftedOn");
    }

    @Test
    void anActivityNumberIsUsedOnceAndItsWindowLiesInThePeriod() {
        Plan plan = issued();
        plan.addActivity(3, terms("Bản tin Kinh tế hợp tác số 44", ActivityCategory.NEWSLETTER_ISSUE, "2024-03-01",
                "2024-04-10"), PROVINCES, LocalDate.of(2024, 2, 28), TODAY, "a");
        assertThat(fields(() -> plan.addActivity(3, terms("Tọa đàm", ActivityCategory.SEMINAR, "2024-04-05", "2024-04-11"),
                PROVINCES, LocalDate.of(2024, 2, 28), TODAY, "a"))).containsExactly("number");
        assertThat(fields(() -> plan.addActivity(4, terms("Tọa đàm", ActivityCategory.SEMINAR, "2024-12-20", "2025-01-11"),
                PROVINCES, LocalDate.of(2024, 2, 28), TODAY, "a"))).containsExactly("windowTo");
        assertThat(fields(() -> plan.addActivity(0, terms("Tọa đàm", ActivityCategory.SEMINAR, "2023-12-20", "2024-01-11"),
                PROVINCES, LocalDate.of(2024, 2, 28), TODAY, "a"))).containsExactly("number", "windowFrom");
        assertThat(plan.activities()).hasSize(1);
    }

    @Test
    void aFormerProvinceAppliesOnlyBeforeTheMergerAndOnlyWithItsSuccessor() {
        Plan plan = issued();
        ActivityTerms wrongSuccessor = new ActivityTerms("Hội nghị", ActivityCategory.DIRECT_PROPAGANDA_CONFERENCE,
                new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31)), new Place("Gia Nghĩa", "01", "67"), null);
        assertThat(fields(() -> plan.addActivity(2, wrongSuccessor, PROVINCES, LocalDate.of(2024, 2, 28), TODAY, "a")))
                .containsExactly("formerProvinceCode");
        ActivityTerms unknown = new ActivityTerms("Hội nghị", ActivityCategory.DIRECT_PROPAGANDA_CONFERENCE,
                new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31)), new Place(null, "99", null), null);
        assertThat(fields(() -> plan.addActivity(2, unknown, PROVINCES, LocalDate.of(2024, 2, 28), TODAY, "a")))
                .containsExactly("provinceCode");
    }

    @Test
    void anActivityIsStartedBeforeItIsDoneAndADoneOneCannotBeCancelled() {
        Plan plan = issued();
        plan.addActivity(4, terms("Tọa đàm Ngày HTX Việt Nam", ActivityCategory.SEMINAR, "2024-04-01", "2024-04-11"), PROVINCES,
                LocalDate.of(2024, 2, 28), TODAY, "a");
        assertThatThrownBy(() -> plan.completeActivity(4, "Đã tổ chức", LocalDate.of(2024, 4, 11), TODAY, "a"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Start it first");
        plan.startActivity(4, LocalDate.of(2024, 4, 1), TODAY, "a");
        assertThat(fields(() -> plan.completeActivity(4, "Đã tổ chức", LocalDate.of(2024, 3, 31), TODAY, "a")))
                .containsExactly("on");
        ActivityCompleted done = plan.completeActivity(4, "Đã tổ chức, 80 đại biểu", LocalDate.of(2024, 4, 10), TODAY, "a");
        assertThat(done.result()).isEqualTo("Đã tổ chức, 80 đại biểu");
        assertThat(plan.require(4).status()).isEqualTo(ActivityStatus.DONE);
        assertThatThrownBy(() -> plan.cancelActivity(4, "Lý do", LocalDate.of(2024, 4, 12), TODAY, "a"))
                .isInstanceOf(ConflictException.class);
        assertThat(plan.require(4).history()).extracting(ActivityChange::kind).containsExactly(ActivityChange.Kind.ADDED,
                ActivityChange.Kind.STARTED, ActivityChange.Kind.COMPLETED);
    }

    @Test
    void onlyAnIssuedPlansActivitiesRunAndOnlyADraftsHeadingChanges() {
        Plan draft = Plan.draft("p1", ACTION_MONTH, "68", LocalDate.of(2024, 2, 20), TODAY, "a").plan();
        draft.addActivity(1, terms("Tuyên truyền", ActivityCategory.PRESS_AND_MEDIA_PROPAGANDA, "2024-01-01", "2024-12-31"),
                PROVINCES, LocalDate.of(2024, 2, 21), TODAY, "a");
        assertThatThrownBy(() -> draft.startActivity(1, LocalDate.of(2024, 2, 21), TODAY, "a")).isInstanceOf(ConflictException.class);
        PlanHeading shorter = new PlanHeading(PlanKind.ACTION_MONTH, "Tháng hành động", null,
                new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31)), null, null);
        assertThat(fields(() -> draft.amend(shorter, LocalDate.of(2024, 2, 22), TODAY, "a"))).containsExactly("periodFrom");
        draft.issue("123/KH-LMHTX", LocalDate.of(2024, 2, 27), TODAY, "a");
        assertThatThrownBy(() -> draft.amend(ACTION_MONTH, LocalDate.of(2024, 2, 28), TODAY, "a"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ISSUED");
        assertThatThrownBy(() -> draft.issue("124/KH-LMHTX", LocalDate.of(2024, 2, 28), TODAY, "a"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aClosedPlanIsReadOnly() {
        Plan plan = issued();
        plan.addActivity(1, terms("Tuyên truyền", ActivityCategory.PRESS_AND_MEDIA_PROPAGANDA, "2024-01-01", "2024-12-31"),
                PROVINCES, LocalDate.of(2024, 2, 28), TODAY, "a");
        assertThat(fields(() -> plan.close(" ", LocalDate.of(2024, 12, 31), TODAY, "a"))).containsExactly("assessment");
        plan.close("Hoàn thành 9 trên 10 nội dung", LocalDate.of(2024, 12, 31), TODAY, "a");
        assertThatThrownBy(() -> plan.addActivity(2, terms("Tọa đàm", ActivityCategory.SEMINAR, "2024-04-01", "2024-04-11"),
                PROVINCES, LocalDate.of(2024, 12, 31), TODAY, "a")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("read-only");
        assertThatThrownBy(() -> plan.amendActivity(1, terms("Tuyên truyền", ActivityCategory.PRESS_AND_MEDIA_PROPAGANDA,
                "2024-01-01", "2024-12-30"), PROVINCES, LocalDate.of(2024, 12, 31), TODAY, "a"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> plan.startActivity(1, LocalDate.of(2024, 12, 31), TODAY, "a"))
                .isInstanceOf(ConflictException.class);
        assertThat(plan.markOverdue(LocalDate.of(2025, 6, 1), "job")).isEmpty();
    }

    @Test
    void anOpenActivityPastItsWindowIsMarkedOverdueOnceAndDoneOnesNever() {
        Plan plan = issued();
        plan.addActivity(6, terms("Kết nạp thành viên đợt 1/2024", ActivityCategory.ADMISSION_OF_MEMBERS, "2024-03-01",
                "2024-04-10"), PROVINCES, LocalDate.of(2024, 2, 28), TODAY, "a");
        plan.addActivity(4, terms("Tọa đàm", ActivityCategory.SEMINAR, "2024-04-01", "2024-04-10"), PROVINCES,
                LocalDate.of(2024, 2, 28), TODAY, "a");
        plan.startActivity(4, LocalDate.of(2024, 4, 1), TODAY, "a");
        plan.completeActivity(4, "Đã tổ chức", LocalDate.of(2024, 4, 10), TODAY, "a");

        assertThat(plan.markOverdue(LocalDate.of(2024, 4, 10), "job")).as("the window's last day is not late").isEmpty();
        List<PlanEvent> marked = plan.markOverdue(LocalDate.of(2024, 4, 11), "job");
        assertThat(marked).singleElement().isEqualTo(new ActivityOverdue("p1", "68", LocalDate.of(2024, 4, 11), "job", 6,
                LocalDate.of(2024, 4, 10), ActivityStatus.PLANNED));
        assertThat(plan.markOverdue(LocalDate.of(2024, 4, 12), "job")).as("marked once").isEmpty();
        assertThat(plan.overdueActivities()).isEqualTo(1);

        plan.startActivity(6, LocalDate.of(2024, 4, 15), TODAY, "a");
        plan.completeActivity(6, "Kết nạp 3 thành viên", LocalDate.of(2024, 4, 20), TODAY, "a");
        assertThat(plan.overdueActivities()).as("done late is no longer overdue").isZero();
    }

    @Test
    void aRecordIsTakenOnlyForAnActivityOfAnIssuedPlanThatWasNotCancelled() {
        Plan plan = issued();
        plan.addActivity(2, terms("Hội nghị", ActivityCategory.DIRECT_PROPAGANDA_CONFERENCE, "2024-03-01", "2024-05-31"),
                PROVINCES, LocalDate.of(2024, 2, 28), TODAY, "a");
        assertThat(plan.acceptsRecordsFor(2)).isEqualTo(YEAR_2024);
        plan.cancelActivity(2, "Không bố trí được kinh phí", LocalDate.of(2024, 3, 5), TODAY, "a");
        assertThatThrownBy(() -> plan.acceptsRecordsFor(2)).isInstanceOf(ConflictException.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> plan.acceptsRecordsFor(9)).hasMessageContaining("no activity 9");
    }
}
