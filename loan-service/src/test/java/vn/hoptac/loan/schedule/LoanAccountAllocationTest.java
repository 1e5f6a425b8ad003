package vn.hoptac.loan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 12,000,000 VND loan at 12% over 12 months, equal principal, paid out on 10 January 2024:
 * <pre>
 *   1  2024-02-10  principal 1,000,000  interest 122,301   (31 days)
 *   2  2024-03-10  principal 1,000,000  interest 104,877   (29 days, leap February)
 *   3  2024-04-10  principal 1,000,000  interest 101,918   (31 days)
 *   4  2024-05-10  principal 1,000,000  interest  88,767   (30 days)
 * </pre>
 */
class LoanAccountAllocationTest {

    static final LocalDate DISBURSED = LocalDate.of(2024, 1, 10);
    static final List<Tranche> TRANCHES = List.of(new Tranche(DISBURSED, 12_000_000));
    static final RepaymentSchedule SCHEDULE = RepaymentSchedule.generate(
            new LoanTerms(1200, 12, 0, RepaymentMethod.EQUAL_PRINCIPAL), TRANCHES);

    static LoanAccount account(Repayment... repayments) {
        return new LoanAccount(SCHEDULE, TRANCHES, List.of(repayments));
    }

    @Test
    void theFixtureScheduleIsTheOneDocumented() {
        assertThat(SCHEDULE.instalments().subList(0, 4)).containsExactly(
                new Instalment(1, LocalDate.of(2024, 2, 10), 1_000_000, 122_301),
                new Instalment(2, LocalDate.of(2024, 3, 10), 1_000_000, 104_877),
                new Instalment(3, LocalDate.of(2024, 4, 10), 1_000_000, 101_918),
                new Instalment(4, LocalDate.of(2024, 5, 10), 1_000_000, 88_767));
    }

    @Test
    void aRepaymentSmallerThanTheOverdueInterestPaysOnlyOverdueInterest() {
        LoanAccount account = account(new Repayment("r1", LocalDate.of(2024, 2, 20), 50_000));

        assertThat(account.allocations()).containsExactly(entry("r1", new Allocation(50_000, 0, 0)));
        LoanPosition position = account.positionAsOf(LocalDate.of(2024, 2, 20));
        assertThat(position.overdueInterest()).isEqualTo(72_301);
        assertThat(position.overduePrincipal()).isEqualTo(1_000_000);
        assertThat(position.outstandingPrincipal()).isEqualTo(12_000_000);
        assertThat(position.interestPaid()).isEqualTo(50_000);
    }

    @Test
    void aRepaymentIsSplitIntoOverdueInterestThenTodaysInterestThenPrincipal() {
        // On instalment 2's due date, with instalment 1 wholly unpaid.
        LoanAccount account = account(new Repayment("r1", LocalDate.of(2024, 3, 10), 122_301 + 104_877 + 500_000));

        assertThat(account.allocations()).containsExactly(entry("r1", new Allocation(122_301, 104_877, 500_000)));
        LoanPosition dayAfter = account.positionAsOf(LocalDate.of(2024, 3, 11));
        // the principal went to the oldest instalment first
        assertThat(dayAfter.overduePrincipal()).isEqualTo(500_000 + 1_000_000);
        assertThat(dayAfter.overdueInterest()).isZero();
        assertThat(dayAfter.daysOverdue()).isEqualTo(30);
        assertThat(dayAfter.outstandingPrincipal()).isEqualTo(11_500_000);
    }

    @Test
    void interestDueOnTheRepaymentDateIsCurrentNotOverdue() {
        LoanAccount account = account(new Repayment("r1", LocalDate.of(2024, 2, 10), 1_122_301));

        assertThat(account.allocations()).containsExactly(entry("r1", new Allocation(0, 122_301, 1_000_000)));
        LoanPosition position = account.positionAsOf(LocalDate.of(2024, 2, 11));
        assertThat(position.bucket()).isEqualTo(ArrearsBucket.CURRENT);
        assertThat(position.overdueAmount()).isZero();
    }

    @Test
    void anEarlyRepaymentReducesTheNearestFutureInstalmentsPrincipal() {
        LoanAccount account = account(new Repayment("r1", LocalDate.of(2024, 2, 10), 1_122_301 + 1_500_000));

        assertThat(account.allocations()).containsExactly(entry("r1", new Allocation(0, 122_301, 2_500_000)));
        // Instalment 2's principal is paid, its interest is still owed when it falls due …
        LoanPosition march = account.positionAsOf(LocalDate.of(2024, 3, 11));
        assertThat(march.overduePrincipal()).isZero();
        assertThat(march.overdueInterest()).isEqualTo(104_877);
        assertThat(march.daysOverdue()).isEqualTo(1);
        // … and instalment 3 still owes the half not prepaid.
        LoanPosition april = account.positionAsOf(LocalDate.of(2024, 4, 11));
        assertThat(april.overduePrincipal()).isEqualTo(500_000);
        assertThat(april.overdueInterest()).isEqualTo(104_877 + 101_918);
        assertThat(april.daysOverdue()).isEqualTo(32);
        assertThat(april.bucket()).isEqualTo(ArrearsBucket.DAYS_31_90);

        LoanAccount caughtUp = account.with(new Repayment("r2", LocalDate.of(2024, 4, 10), 104_877 + 101_918 + 500_000));
        assertThat(caughtUp.allocationOf("r2")).isEqualTo(new Allocation(104_877, 101_918, 500_000));
        LoanPosition afterCatchUp = caughtUp.positionAsOf(LocalDate.of(2024, 4, 11));
        assertThat(afterCatchUp.bucket()).isEqualTo(ArrearsBucket.CURRENT);
        assertThat(afterCatchUp.outstandingPrincipal()).isEqualTo(9_000_000);
    }

    @Test
    void interestOfFutureInstalmentsIsNeverTakenFromARepayment() {
        // Before anything falls due, all of a repayment is principal.
        LoanAccount account = account(new Repayment("r1", LocalDate.of(2024, 1, 20), 5_000_000));

        assertThat(account.allocations()).containsExactly(entry("r1", new Allocation(0, 0, 5_000_000)));
        assertThat(account.positionAsOf(LocalDate.of(2024, 1, 20)).interestPaid()).isZero();
        // The first instalment's interest is still owed once it falls due.
        LoanPosition position = account.positionAsOf(LocalDate.of(2024, 2, 11));
        assertThat(position.overdueInterest()).isEqualTo(122_301);
        assertThat(position.overduePrincipal()).isZero();
        assertThat(position.daysOverdue()).isEqualTo(1);
    }

    @Test
    void repaymentsAreAllocatedInDateOrderThenInListOrder() {
        LoanAccount account = account(
                new Repayment("late", LocalDate.of(2024, 3, 20), 200_000),
                new Repayment("first-of-day", LocalDate.of(2024, 2, 20), 100_000),
                new Repayment("second-of-day", LocalDate.of(2024, 2, 20), 100_000));

        assertThat(account.allocations()).containsExactly(
                entry("first-of-day", new Allocation(100_000, 0, 0)),
                entry("second-of-day", new Allocation(22_301, 0, 77_699)),
                entry("late", new Allocation(104_877, 0, 95_123)));
        assertThat(account.repayments()).extracting(Repayment::id)
                .containsExactly("late", "first-of-day", "second-of-day");
    }

    @Test
    void everyDongOfARepaymentIsAllocated() {
        LoanAccount account = account(new Repayment("r1", LocalDate.of(2024, 2, 20), 50_000),
                new Repayment("r2", LocalDate.of(2024, 3, 10), 777_777),
                new Repayment("r3", LocalDate.of(2024, 6, 1), 3_333_333));

        assertThat(account.allocations().values()).extracting(Allocation::total).containsExactly(50_000L, 777_777L, 3_333_333L);
    }

    @Test
    void anAccountCannotBeBuiltWithRepaymentsItWouldRefuse() {
        assertThatThrownBy(() -> account(new Repayment("r1", LocalDate.of(2024, 2, 10), 12_122_302)))
                .isInstanceOf(OverpaymentException.class);
        assertThatThrownBy(() -> account(new Repayment("r1", LocalDate.of(2024, 2, 10), 1),
                new Repayment("r1", LocalDate.of(2024, 2, 11), 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("r1");
        assertThatThrownBy(() -> account(new Repayment("r1", DISBURSED.minusDays(1), 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the first tranche");
    }

    @Test
    void theTranchesMustBeTheOnesTheScheduleWasGeneratedFrom() {
        assertThatThrownBy(() -> new LoanAccount(SCHEDULE, List.of(new Tranche(DISBURSED, 11_000_000)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tranches");
    }

    @Test
    void anAccountIsImmutable() {
        LoanAccount account = account();
        LoanAccount paid = account.with(new Repayment("r1", LocalDate.of(2024, 2, 10), 1_122_301));

        assertThat(account.repayments()).isEmpty();
        assertThat(account.allocations()).isEmpty();
        assertThat(paid.repayments()).hasSize(1);
        assertThatThrownBy(() -> paid.allocations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
