package vn.hoptac.loan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Same loan as {@link LoanAccountAllocationTest}: 12,000,000 VND at 12%, 12 months, from 10 January 2024. */
class LoanAccountPositionTest {

    static final LocalDate DISBURSED = LoanAccountAllocationTest.DISBURSED;
    static final LocalDate FIRST_DUE = LocalDate.of(2024, 2, 10);

    static LoanAccount account(Repayment... repayments) {
        return LoanAccountAllocationTest.account(repayments);
    }

    @Nested
    class Payoff {

        @Test
        void theInterestOfAnInstalmentNotYetDueIsNotChargedOnEarlyPayoff() {
            assertThat(account().payoffAmount(FIRST_DUE.minusDays(1))).isEqualTo(12_000_000);
            assertThat(account().payoffAmount(DISBURSED)).isEqualTo(12_000_000);
        }

        @Test
        void theInterestOfEveryInstalmentDueOnOrBeforeTheDayIsCharged() {
            assertThat(account().payoffAmount(FIRST_DUE)).isEqualTo(12_122_301);
            assertThat(account().payoffAmount(LocalDate.of(2024, 3, 10))).isEqualTo(12_000_000 + 122_301 + 104_877);
        }

        @Test
        void anOverpaymentIsRefusedWithThePayoffAmount() {
            LoanAccount account = account();
            Repayment tooMuch = new Repayment("r1", FIRST_DUE, 12_122_302);

            assertThatThrownBy(() -> account.with(tooMuch)).isInstanceOfSatisfying(OverpaymentException.class, e -> {
                assertThat(e.payoffAmount()).isEqualTo(12_122_301);
                assertThat(e.repaymentId()).isEqualTo("r1");
                assertThat(e.amount()).isEqualTo(12_122_302);
                assertThat(e.on()).isEqualTo(FIRST_DUE);
            }).hasMessageContaining("12122301");
            assertThatThrownBy(() -> account.checkRepayment(tooMuch)).isInstanceOf(OverpaymentException.class);
        }

        @Test
        void theLimitTakesTheRepaymentsSoFarIntoAccount() {
            LoanAccount account = account(new Repayment("r1", FIRST_DUE, 1_122_301));

            assertThatThrownBy(() -> account.checkRepayment(new Repayment("r2", FIRST_DUE, 11_000_001)))
                    .isInstanceOfSatisfying(OverpaymentException.class,
                            e -> assertThat(e.payoffAmount()).isEqualTo(11_000_000));
            account.checkRepayment(new Repayment("r2", FIRST_DUE, 11_000_000));
        }

        @Test
        void payingExactlyThePayoffSettlesTheLoanForGood() {
            LoanAccount account = account().with(new Repayment("r1", FIRST_DUE, 12_122_301));

            assertThat(account.allocations()).containsExactly(entry("r1", new Allocation(0, 122_301, 12_000_000)));
            LoanPosition onTheDay = account.positionAsOf(FIRST_DUE);
            assertThat(onTheDay.settled()).isTrue();
            assertThat(onTheDay.payoffAmount()).isZero();
            assertThat(onTheDay.outstandingPrincipal()).isZero();
            // The later instalments' interest is waived: a year on, nothing is overdue.
            LoanPosition aYearOn = account.positionAsOf(LocalDate.of(2025, 6, 1));
            assertThat(aYearOn.settled()).isTrue();
            assertThat(aYearOn.overdueAmount()).isZero();
            assertThat(aYearOn.bucket()).isEqualTo(ArrearsBucket.CURRENT);
            assertThat(aYearOn.interestPaid()).isEqualTo(122_301);
            assertThat(aYearOn.principalRepaid()).isEqualTo(12_000_000);
            // Nothing more may be taken.
            assertThatThrownBy(() -> account.with(new Repayment("r2", LocalDate.of(2024, 5, 10), 1)))
                    .isInstanceOfSatisfying(OverpaymentException.class, e -> assertThat(e.payoffAmount()).isZero());
        }

        @Test
        void aLoanRepaidOnScheduleIsSettledAtMaturityAndNotBefore() {
            LoanAccount account = account();
            for (Instalment instalment : LoanAccountAllocationTest.SCHEDULE.instalments()) {
                account = account.with(new Repayment("r" + instalment.number(), instalment.dueOn(), instalment.total()));
            }
            LocalDate maturity = LoanAccountAllocationTest.SCHEDULE.maturityOn();

            assertThat(account.positionAsOf(maturity.minusDays(1)).settled()).isFalse();
            LoanPosition atMaturity = account.positionAsOf(maturity);
            assertThat(atMaturity.settled()).isTrue();
            assertThat(atMaturity.interestPaid()).isEqualTo(LoanAccountAllocationTest.SCHEDULE.totalInterest());
            assertThat(account.allocations().values()).allSatisfy(a -> assertThat(a.overdueInterest()).isZero());
        }

        @Test
        void aBackDatedRepaymentThatMakesALaterOneTooLargeIsRefused() {
            LoanAccount account = account(new Repayment("r1", FIRST_DUE, 12_122_301));

            assertThatThrownBy(() -> account.with(new Repayment("r0", LocalDate.of(2024, 1, 20), 1_000_000)))
                    .isInstanceOfSatisfying(OverpaymentException.class, e -> {
                        assertThat(e.repaymentId()).isEqualTo("r1");
                        assertThat(e.payoffAmount()).isEqualTo(11_122_301);
                    });
        }

        @Test
        void aRepaymentBeforeTheFirstTrancheIsRefused() {
            assertThatThrownBy(() -> account().checkRepayment(new Repayment("r1", DISBURSED.minusDays(1), 1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the first tranche");
            account().checkRepayment(new Repayment("r1", DISBURSED, 1));
        }

        @Test
        void aRepaymentIdCannotBeReused() {
            LoanAccount account = account(new Repayment("r1", FIRST_DUE, 1));

            assertThatThrownBy(() -> account.checkRepayment(new Repayment("r1", FIRST_DUE, 1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("r1");
        }
    }

    @Nested
    class Ageing {

        @ParameterizedTest(name = "{0} days after the due date -> {1}")
        @CsvSource({"0, CURRENT", "1, DAYS_1_30", "30, DAYS_1_30", "31, DAYS_31_90", "90, DAYS_31_90",
            "91, DAYS_91_180", "180, DAYS_91_180", "181, DAYS_181_PLUS"})
        void anUnpaidInstalmentAgesByDaysPastItsDueDate(long days, ArrearsBucket bucket) {
            LoanPosition position = account().positionAsOf(FIRST_DUE.plusDays(days));

            assertThat(position.daysOverdue()).isEqualTo(days);
            assertThat(position.bucket()).isEqualTo(bucket);
        }

        @Test
        void anInstalmentIsNotOverdueOnItsDueDate() {
            LoanPosition position = account().positionAsOf(FIRST_DUE);

            assertThat(position.overduePrincipal()).isZero();
            assertThat(position.overdueInterest()).isZero();
            assertThat(position.payoffAmount()).isEqualTo(12_122_301);
        }

        @Test
        void overdueFiguresAddUpEveryPastDueInstalment() {
            LoanPosition position = account().positionAsOf(LocalDate.of(2024, 4, 11));

            assertThat(position.overduePrincipal()).isEqualTo(3_000_000);
            assertThat(position.overdueInterest()).isEqualTo(122_301 + 104_877 + 101_918);
            assertThat(position.daysOverdue()).isEqualTo(61);
        }

        @Test
        void aPartialPaymentLeavesTheOldestInstalmentOverdue() {
            // One đồng short of clearing instalment 1 on instalment 2's due date.
            LoanAccount account = account(new Repayment("r1", LocalDate.of(2024, 3, 10), 122_301 + 104_877 + 999_999));

            LoanPosition position = account.positionAsOf(LocalDate.of(2024, 3, 16));
            assertThat(position.daysOverdue()).isEqualTo(35);
            assertThat(position.bucket()).isEqualTo(ArrearsBucket.DAYS_31_90);
            assertThat(position.overduePrincipal()).isEqualTo(1 + 1_000_000);
        }

        @Test
        void clearingTheOldestInstalmentAgesFromTheNextUnpaidOne() {
            LoanAccount account = account(new Repayment("r1", LocalDate.of(2024, 3, 10), 122_301 + 104_877 + 1_000_000));

            assertThat(account.positionAsOf(LocalDate.of(2024, 3, 16)).daysOverdue()).isEqualTo(6);
        }
    }

    @Nested
    class AsOfAPastDate {

        @Test
        void aPositionAsOfAPastDateIgnoresLaterRepayments() {
            LoanAccount account = account(new Repayment("r1", LocalDate.of(2024, 3, 15), 12_227_178));

            LoanPosition before = account.positionAsOf(LocalDate.of(2024, 3, 1));
            assertThat(before.interestPaid()).isZero();
            assertThat(before.principalRepaid()).isZero();
            assertThat(before.overduePrincipal()).isEqualTo(1_000_000);
            assertThat(before.overdueInterest()).isEqualTo(122_301);
            assertThat(before.daysOverdue()).isEqualTo(20);
            assertThat(before.settled()).isFalse();
            assertThat(before.asOf()).isEqualTo(LocalDate.of(2024, 3, 1));

            LoanPosition after = account.positionAsOf(LocalDate.of(2024, 3, 15));
            assertThat(after.settled()).isTrue();
            assertThat(after.interestPaid()).isEqualTo(122_301 + 104_877);
        }

        @Test
        void aPositionBeforeDisbursementShowsNothingLentAndIsNotSettled() {
            LoanPosition position = account().positionAsOf(DISBURSED.minusDays(1));

            assertThat(position).isEqualTo(new LoanPosition(DISBURSED.minusDays(1), 0, 0, 0, 0, 0, 0, 0,
                    ArrearsBucket.CURRENT, 0, false));
        }

        @Test
        void aPositionBetweenTranchesCountsOnlyTheMoneyAlreadyPaidOut() {
            List<Tranche> tranches = List.of(new Tranche(LocalDate.of(2024, 3, 1), 100_000_000),
                    new Tranche(LocalDate.of(2024, 3, 20), 95_000_000));
            RepaymentSchedule schedule = RepaymentSchedule.generate(
                    new LoanTerms(720, 12, 0, RepaymentMethod.EQUAL_PRINCIPAL), tranches);
            LoanAccount account = new LoanAccount(schedule, tranches, List.of());

            LoanPosition between = account.positionAsOf(LocalDate.of(2024, 3, 10));
            assertThat(between.disbursed()).isEqualTo(100_000_000);
            assertThat(between.outstandingPrincipal()).isEqualTo(100_000_000);
            assertThat(between.payoffAmount()).isEqualTo(100_000_000);
            assertThatThrownBy(() -> account.checkRepayment(new Repayment("r1", LocalDate.of(2024, 3, 10), 100_000_001)))
                    .isInstanceOf(OverpaymentException.class);

            LoanPosition afterBoth = account.positionAsOf(LocalDate.of(2024, 3, 20));
            assertThat(afterBoth.disbursed()).isEqualTo(195_000_000);
            // first instalment, due 1 April: (100,000,000 × 31 + 95,000,000 × 12) × 7.2% / 365
            assertThat(account.payoffAmount(LocalDate.of(2024, 4, 1))).isEqualTo(195_000_000 + 836_384);
        }
    }
}
