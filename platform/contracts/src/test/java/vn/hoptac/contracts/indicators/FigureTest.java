package vn.hoptac.contracts.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoptac.contracts.indicators.Contribution.Mode.ADD;
import static vn.hoptac.contracts.indicators.Contribution.Mode.REPLACE;
import static vn.hoptac.contracts.indicators.Contribution.Mode.START;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.hoptac.contracts.indicators.Indicator.Figure;

/** {@link Indicator#figure}: duplicates, the window's edges, as-of dates, corrections. */
class FigureTest {

    private static final LocalDate FROM = LocalDate.parse("2025-01-01");
    private static final LocalDate TO = LocalDate.parse("2025-06-30");

    private static Contribution add(String id, String date, long value) {
        return new Contribution(id, "vn.hoptac.loans.loan.tranche-disbursed.v1", "loan-" + id, LocalDate.parse(date),
                value, ADD);
    }

    private static Contribution start(String id, String subject, String date, long value) {
        return new Contribution(id, "vn.hoptac.campaigns.gathering.recorded.v1", subject, LocalDate.parse(date), value,
                START);
    }

    private static Contribution replace(String id, String subject, String date, long value) {
        return new Contribution(id, "vn.hoptac.campaigns.gathering.attendance-corrected.v1", subject,
                LocalDate.parse(date), value, REPLACE);
    }

    private static Figure figure(List<Contribution> contributions, String asOf) {
        return Indicator.figure(contributions, FROM, TO, LocalDate.parse(asOf));
    }

    private static List<String> ids(Figure figure) {
        return figure.counted().stream().map(Contribution::eventId).toList();
    }

    @Test
    void aDuplicateCountsOnce() {
        Figure figure = figure(List.of(add("a", "2025-02-01", 100), add("b", "2025-03-01", 50), add("a", "2025-02-01", 100)),
                "2025-06-30");
        assertThat(figure.value()).isEqualTo(150);
        assertThat(ids(figure)).containsExactly("a", "b");
    }

    @Test
    void theFirstOfTwoContributionsWithOneIdIsKept() {
        Figure figure = figure(List.of(add("a", "2025-02-01", 100), add("a", "2025-07-01", 100)), "2025-12-31");
        assertThat(figure.value()).isEqualTo(100);
    }

    @Test
    void bothEdgesOfTheWindowAreIn() {
        List<Contribution> all = List.of(add("before", "2024-12-31", 1), add("first", "2025-01-01", 10),
                add("last", "2025-06-30", 100), add("after", "2025-07-01", 1000));
        Figure figure = figure(all, "2025-12-31");
        assertThat(figure.value()).isEqualTo(110);
        assertThat(ids(figure)).containsExactly("first", "last");
    }

    @Test
    void aOneDayWindow() {
        Figure figure = Indicator.figure(List.of(add("a", "2025-04-11", 1), add("b", "2025-04-12", 1)),
                LocalDate.parse("2025-04-11"), LocalDate.parse("2025-04-11"), LocalDate.parse("2025-04-11"));
        assertThat(ids(figure)).containsExactly("a");
    }

    @Test
    void whatIsDatedAfterAsOfIsNotYetKnown() {
        List<Contribution> all = List.of(add("march", "2025-03-31", 1), add("april", "2025-04-01", 1));
        assertThat(figure(all, "2025-03-31").value()).isEqualTo(1);
        assertThat(figure(all, "2025-04-01").value()).isEqualTo(2);
        assertThat(figure(all, "2024-12-31").value()).isZero();
        assertThat(figure(all, "2024-12-31").counted()).isEmpty();
    }

    @Test
    void aBackDatedContributionCountsInItsOwnWindowWhateverItsPlace() {
        List<Contribution> all = List.of(add("may", "2025-05-01", 1), add("july", "2025-07-02", 1),
                add("late-but-january", "2025-01-15", 1));
        Figure figure = figure(all, "2025-12-31");
        assertThat(ids(figure)).containsExactly("may", "late-but-january");
    }

    @Test
    void aSubjectCountsOnceInTheWindowOfItsFirstStart() {
        List<Contribution> all = List.of(start("s2", "group", "2025-08-01", 1), start("s1", "group", "2025-03-01", 1),
                start("s3", "group", "2025-04-01", 1), start("t1", "other", "2024-12-01", 1),
                start("t2", "other", "2025-02-01", 1));
        Figure figure = figure(all, "2025-12-31");
        assertThat(figure.value()).isEqualTo(1);
        assertThat(ids(figure)).containsExactly("s1");
        // the group first advised in December 2024 counts there, not again in 2025
        assertThat(Indicator.figure(all, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"),
                LocalDate.parse("2025-12-31")).counted()).extracting(Contribution::eventId).containsExactly("t1");
    }

    @Test
    void onATieOfFirstStartsTheFirstGivenIsTheStart() {
        Figure figure = figure(List.of(start("x", "s", "2025-02-01", 30), start("y", "s", "2025-02-01", 40)),
                "2025-12-31");
        assertThat(ids(figure)).containsExactly("x");
        assertThat(figure.value()).isEqualTo(30);
    }

    @Test
    void aCorrectionReplacesTheValueFromItsOwnDateOn() {
        List<Contribution> all = List.of(start("class", "g", "2025-03-10", 40), replace("fix", "g", "2025-03-12", 45));
        assertThat(figure(all, "2025-03-11").value()).isEqualTo(40);
        assertThat(ids(figure(all, "2025-03-11"))).containsExactly("class");
        assertThat(figure(all, "2025-03-12").value()).isEqualTo(45);
        assertThat(ids(figure(all, "2025-03-12"))).containsExactly("fix");
    }

    @Test
    void aCorrectionAfterTheWindowStillCorrectsAsOfALaterDateButNeverMovesTheSubject() {
        List<Contribution> all = List.of(start("class", "g", "2025-06-30", 40), replace("fix", "g", "2025-07-05", 48));
        assertThat(figure(all, "2025-06-30").value()).isEqualTo(40);
        assertThat(figure(all, "2025-12-31").value()).isEqualTo(48);
        assertThat(Indicator.figure(all, LocalDate.parse("2025-07-01"), LocalDate.parse("2025-12-31"),
                LocalDate.parse("2025-12-31")).value()).isZero();
    }

    @Test
    void theLatestCorrectionWinsAndOnATieTheLaterGiven() {
        List<Contribution> all = List.of(start("class", "g", "2025-03-10", 40), replace("late", "g", "2025-04-01", 50),
                replace("early-but-received-last", "g", "2025-03-20", 45), replace("same-day-1", "g", "2025-04-01", 51));
        assertThat(figure(all, "2025-12-31").value()).isEqualTo(51);
        assertThat(figure(all, "2025-03-31").value()).isEqualTo(45);
        List<Contribution> tie = List.of(start("class", "g", "2025-03-10", 40), replace("b", "g", "2025-04-01", 51),
                replace("a", "g", "2025-04-01", 50));
        assertThat(figure(tie, "2025-12-31").value()).isEqualTo(50);
    }

    @Test
    void aCorrectionBeatsTheStartWhateverTheirDates() {
        List<Contribution> all = List.of(start("class", "g", "2025-03-10", 40), replace("fix", "g", "2025-03-01", 45));
        assertThat(figure(all, "2025-12-31").value()).isEqualTo(45);
    }

    @Test
    void aCorrectionWithoutAStartCountsNothing() {
        Figure figure = figure(List.of(replace("fix", "never-recorded", "2025-03-12", 45), add("a", "2025-03-01", 2)),
                "2025-12-31");
        assertThat(figure.value()).isEqualTo(2);
        assertThat(ids(figure)).containsExactly("a");
    }

    @Test
    void aCorrectionCanBringTheValueToZero() {
        Figure figure = figure(List.of(start("class", "g", "2025-03-10", 40), replace("fix", "g", "2025-03-12", 0)),
                "2025-12-31");
        assertThat(figure.value()).isZero();
        assertThat(ids(figure)).containsExactly("fix");
    }

    @Test
    void theValueIsTheSumOfTheCountedAndTheyComeInTheOrderGiven() {
        List<Contribution> all = List.of(replace("fix-b", "b", "2025-04-02", 7), start("a", "a", "2025-05-01", 3),
                start("b", "b", "2025-04-01", 5), add("x", "2025-02-01", 11));
        Figure figure = figure(all, "2025-12-31");
        assertThat(ids(figure)).containsExactly("fix-b", "a", "x");
        assertThat(figure.value()).isEqualTo(figure.counted().stream().mapToLong(Contribution::value).sum()).isEqualTo(21);
    }

    @Test
    void nothingGivesZero() {
        assertThat(figure(List.of(), "2025-06-30")).isEqualTo(new Figure(0, List.of()));
    }

    @Test
    void aWindowThatEndsBeforeItBeginsIsRefused() {
        assertThatThrownBy(() -> Indicator.figure(List.of(), TO, FROM, TO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends (2025-01-01) before it begins (2025-06-30)");
    }

    @Test
    void anOverflowIsRefused() {
        assertThatThrownBy(() -> figure(List.of(add("a", "2025-02-01", Long.MAX_VALUE), add("b", "2025-02-01", 1)),
                "2025-06-30")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> Indicator.figure(null, FROM, TO, TO)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Indicator.figure(List.of(), FROM, TO, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Contribution("a", "t", null, FROM, 1, ADD)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theCountedListIsImmutable() {
        Figure figure = figure(List.of(add("a", "2025-02-01", 1)), "2025-06-30");
        assertThatThrownBy(() -> figure.counted().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
