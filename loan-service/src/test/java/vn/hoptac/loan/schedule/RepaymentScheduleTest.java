package vn.hoptac.loan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoptac.loan.schedule.RepaymentMethod.EQUAL_INSTALMENTS;
import static vn.hoptac.loan.schedule.RepaymentMethod.EQUAL_PRINCIPAL;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepaymentScheduleTest {

    static RepaymentSchedule schedule(long rate, int term, int grace, RepaymentMethod method, Tranche... tranches) {
        return RepaymentSchedule.generate(new LoanTerms(rate, term, grace, method), List.of(tranches));
    }

    /** Đắk Nông, first half of 2019: 250 million VND lent to buy a bulldozer for burying waste. */
    @Nested
    class DakNong2019Bulldozer {

        static final LocalDate DISBURSED = LocalDate.of(2019, 5, 15);
        static final long AMOUNT = 250_000_000L;

        @ParameterizedTest(name = "at {0} basis points")
        @ValueSource(longs = {0, 720})
        void principalSumsExactlyToTheDisbursedAmountWithTheRemainderOnTheLast(long rate) {
            RepaymentSchedule schedule = schedule(rate, 36, 0, EQUAL_PRINCIPAL, new Tranche(DISBURSED, AMOUNT));

            assertThat(schedule.instalments()).hasSize(36);
            assertThat(schedule.totalPrincipal()).isEqualTo(AMOUNT);
            assertThat(schedule.instalments().stream().mapToLong(Instalment::principal).sum()).isEqualTo(AMOUNT);
            // 250,000,000 / 36 = 6,944,444.44…: 35 × 6,944,444 and the 16 đồng left over on the last.
            assertThat(schedule.instalments().subList(0, 35)).allSatisfy(i -> assertThat(i.principal()).isEqualTo(6_944_444));
            assertThat(schedule.instalments().get(35).principal()).isEqualTo(6_944_460);
        }

        @ParameterizedTest(name = "at {0} basis points")
        @ValueSource(longs = {0, 720})
        void firstInstalmentFallsDueOneMonthAfterDisbursement(long rate) {
            RepaymentSchedule schedule = schedule(rate, 36, 0, EQUAL_PRINCIPAL, new Tranche(DISBURSED, AMOUNT));

            assertThat(schedule.firstDueOn()).isEqualTo(LocalDate.of(2019, 6, 15));
            assertThat(schedule.instalments().get(0).number()).isEqualTo(1);
            assertThat(schedule.maturityOn()).isEqualTo(LocalDate.of(2022, 5, 15));
            assertThat(schedule.disbursedOn()).isEqualTo(DISBURSED);
        }

        @Test
        void anInterestFreeLoanChargesNoInterest() {
            RepaymentSchedule schedule = schedule(0, 36, 0, EQUAL_PRINCIPAL, new Tranche(DISBURSED, AMOUNT));

            assertThat(schedule.totalInterest()).isZero();
            assertThat(schedule.instalments()).allSatisfy(i -> assertThat(i.interest()).isZero());
        }

        @Test
        void interestAccruesActualOver365OnTheDecliningBalanceRoundedHalfUp() {
            RepaymentSchedule schedule = schedule(720, 36, 0, EQUAL_PRINCIPAL, new Tranche(DISBURSED, AMOUNT));
            List<Instalment> instalments = schedule.instalments();

            // 250,000,000 × 7.2% × 31/365 = 1,528,767.12
            assertThat(instalments.get(0).interest()).isEqualTo(1_528_767);
            // 243,055,556 × 7.2% × 30/365 = 1,438,356.17
            assertThat(instalments.get(1).interest()).isEqualTo(1_438_356);
            // 236,111,112 × 7.2% × 31/365 = 1,443,835.74 → rounds up
            assertThat(instalments.get(2).interest()).isEqualTo(1_443_836);
            // 6,944,460 × 7.2% × 30/365 = 41,096.31
            assertThat(instalments.get(35).interest()).isEqualTo(41_096);
            assertThat(schedule.totalInterest()).isEqualTo(27_830_142);
            assertThat(instalments.get(0).total()).isEqualTo(8_473_211);
        }
    }

    @Nested
    class EqualInstalments {

        @Test
        void payTheSameTotalEveryMonthButTheLast() {
            RepaymentSchedule schedule = schedule(1200, 12, 0, EQUAL_INSTALMENTS,
                    new Tranche(LocalDate.of(2024, 1, 10), 120_000_000));
            List<Instalment> instalments = schedule.instalments();

            // 120,000,000 × 1% / (1 − 1.01^−12) = 10,661,854.66 → rounded down.
            assertThat(instalments.subList(0, 11)).allSatisfy(i -> assertThat(i.total()).isEqualTo(10_661_854));
            // 120,000,000 × 12% × 31/365 = 1,223,013.70
            assertThat(instalments.get(0)).isEqualTo(new Instalment(1, LocalDate.of(2024, 2, 10), 9_438_840, 1_223_014));
            // 110,561,160 × 12% × 29/365 (February 2024) = 1,054,116.76
            assertThat(instalments.get(1)).isEqualTo(new Instalment(2, LocalDate.of(2024, 3, 10), 9_607_737, 1_054_117));
            assertThat(instalments.get(11)).isEqualTo(new Instalment(12, LocalDate.of(2025, 1, 10), 10_559_165, 107_617));
            assertThat(schedule.totalPrincipal()).isEqualTo(120_000_000);
            assertThat(schedule.totalInterest()).isEqualTo(7_947_176);
        }

        @Test
        void atZeroPercentAreTheSameAsEqualPrincipal() {
            Tranche tranche = new Tranche(LocalDate.of(2024, 3, 5), 1_000_001);
            assertThat(schedule(0, 7, 2, EQUAL_INSTALMENTS, tranche).instalments())
                    .isEqualTo(schedule(0, 7, 2, EQUAL_PRINCIPAL, tranche).instalments());
            assertThat(schedule(0, 7, 2, EQUAL_INSTALMENTS, tranche).instalments().get(6).principal()).isEqualTo(200_001);
        }

        @Test
        void neverRepayNegativePrincipalEvenWhenAMonthsInterestExceedsThePayment() {
            // At 100% over 30 years the annuity barely exceeds a month's interest: 31-day months exceed it.
            RepaymentSchedule schedule = schedule(10_000, 360, 0, EQUAL_INSTALMENTS,
                    new Tranche(LocalDate.of(2024, 1, 31), 99_999_999_999L));

            assertThat(schedule.instalments()).allSatisfy(i -> {
                assertThat(i.principal()).isNotNegative();
                assertThat(i.interest()).isNotNegative();
            });
            assertThat(schedule.instalments()).anySatisfy(i -> assertThat(i.principal()).isZero());
            assertThat(schedule.totalPrincipal()).isEqualTo(99_999_999_999L);
        }
    }

    @Nested
    class Grace {

        @Test
        void graceMonthsAreInterestOnlyAndThePrincipalIsAmortisedOverTheRest() {
            RepaymentSchedule schedule = schedule(720, 12, 3, EQUAL_PRINCIPAL,
                    new Tranche(LocalDate.of(2024, 3, 1), 90_000_000));
            List<Instalment> instalments = schedule.instalments();

            assertThat(instalments.subList(0, 3)).allSatisfy(i -> {
                assertThat(i.principal()).isZero();
                assertThat(i.interest()).isPositive();
            });
            assertThat(instalments.subList(3, 12)).allSatisfy(i -> assertThat(i.principal()).isEqualTo(10_000_000));
            // The balance does not fall in grace: 90,000,000 × 7.2% × 30/365 (April) = 532,602.74
            assertThat(instalments.get(1).interest()).isEqualTo(532_603);
        }

        @Test
        void theLongestGraceLeavesOneInstalmentToRepayEverything() {
            RepaymentSchedule schedule = schedule(1200, 2, 1, EQUAL_INSTALMENTS,
                    new Tranche(LocalDate.of(2028, 1, 31), 12_000_000));

            assertThat(schedule.instalments()).containsExactly(
                    new Instalment(1, LocalDate.of(2028, 2, 29), 0, 114_411),
                    new Instalment(2, LocalDate.of(2028, 3, 31), 12_000_000, 122_301));
        }
    }

    @Nested
    class Tranches {

        static final LocalDate FIRST = LocalDate.of(2024, 3, 1);

        @Test
        void firstPeriodInterestAccruesOnEachTrancheFromItsOwnDate() {
            RepaymentSchedule schedule = schedule(720, 12, 0, EQUAL_PRINCIPAL,
                    new Tranche(FIRST, 100_000_000), new Tranche(LocalDate.of(2024, 3, 20), 95_000_000));

            // (100,000,000 × 31 days + 95,000,000 × 12 days) × 7.2% / 365 = 836,383.56
            assertThat(schedule.instalments().get(0).interest()).isEqualTo(836_384);
            // Had everything been paid out on 1 March: 195,000,000 × 7.2% × 31/365 = 1,192,438.36
            assertThat(schedule(720, 12, 0, EQUAL_PRINCIPAL, new Tranche(FIRST, 195_000_000)).instalments().get(0)
                    .interest()).isEqualTo(1_192_438);
            // From the second period on, the whole balance accrues: 178,750,000 × 7.2% × 30/365 = 1,057,808.22
            assertThat(schedule.instalments().get(1).interest()).isEqualTo(1_057_808);
        }

        @Test
        void principalIsTheSumOfTheTranchesAndDueDatesFollowTheFirst() {
            RepaymentSchedule schedule = schedule(720, 12, 0, EQUAL_PRINCIPAL,
                    new Tranche(FIRST, 100_000_000), new Tranche(LocalDate.of(2024, 3, 20), 95_000_000));

            assertThat(schedule.totalPrincipal()).isEqualTo(195_000_000);
            assertThat(schedule.instalments()).allSatisfy(i -> assertThat(i.principal()).isEqualTo(16_250_000));
            assertThat(schedule.firstDueOn()).isEqualTo(LocalDate.of(2024, 4, 1));
            assertThat(schedule.tranches()).hasSize(2);
        }

        @Test
        void aTrancheOnTheFirstDueDateIsRefusedBecauseItWouldNeedARescheduling() {
            assertThatThrownBy(() -> schedule(720, 12, 0, EQUAL_PRINCIPAL,
                    new Tranche(FIRST, 100_000_000), new Tranche(LocalDate.of(2024, 4, 1), 95_000_000)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-04-01")
                    .hasMessageContaining("before the first instalment");
            assertThatThrownBy(() -> schedule(720, 12, 0, EQUAL_PRINCIPAL,
                    new Tranche(FIRST, 100_000_000), new Tranche(LocalDate.of(2024, 6, 1), 95_000_000)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aTrancheBeforeTheFirstIsRefused() {
            assertThatThrownBy(() -> schedule(720, 12, 0, EQUAL_PRINCIPAL,
                    new Tranche(FIRST, 100_000_000), new Tranche(FIRST.minusDays(1), 95_000_000)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the first tranche");
        }

        @Test
        void aTrancheOnTheFirstTranchesDayAndTheDayBeforeTheFirstDueDateAreAccepted() {
            RepaymentSchedule schedule = schedule(720, 12, 0, EQUAL_PRINCIPAL, new Tranche(FIRST, 1_000_000),
                    new Tranche(FIRST, 2_000_000), new Tranche(LocalDate.of(2024, 3, 31), 3_000_000));

            assertThat(schedule.totalPrincipal()).isEqualTo(6_000_000);
            // (3,000,000 × 31 days + 3,000,000 × 1 day) × 7.2% / 365 = 18,936.99
            assertThat(schedule.instalments().get(0).interest()).isEqualTo(18_937);
        }

        @Test
        void aLoanNeedsAtLeastOneTranche() {
            assertThatThrownBy(() -> RepaymentSchedule.generate(new LoanTerms(720, 12, 0, EQUAL_PRINCIPAL), List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tranches");
        }

        @Test
        void tranchesTooLargeForALongAreRefused() {
            assertThatThrownBy(() -> schedule(720, 12, 0, EQUAL_PRINCIPAL, new Tranche(FIRST, Long.MAX_VALUE),
                    new Tranche(FIRST, 1))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Calendar {

        @Test
        void aLoanStartingOnTheLastDayOfJanuaryFallsDueOnTheLastDayOfEachShorterMonth() {
            RepaymentSchedule schedule = schedule(1200, 4, 0, EQUAL_PRINCIPAL,
                    new Tranche(LocalDate.of(2024, 1, 31), 12_000_000));

            assertThat(schedule.instalments()).containsExactly(
                    // 31 Jan → 29 Feb 2024: 29 days; 12,000,000 × 12% × 29/365 = 114,410.96
                    new Instalment(1, LocalDate.of(2024, 2, 29), 3_000_000, 114_411),
                    // back to the 31st, not stuck on the 29th: 9,000,000 × 12% × 31/365 = 91,726.03
                    new Instalment(2, LocalDate.of(2024, 3, 31), 3_000_000, 91_726),
                    new Instalment(3, LocalDate.of(2024, 4, 30), 3_000_000, 59_178),
                    new Instalment(4, LocalDate.of(2024, 5, 31), 3_000_000, 30_575));
        }

        @Test
        void inACommonYearFebruaryEndsOnThe28th() {
            RepaymentSchedule schedule = schedule(1200, 2, 0, EQUAL_PRINCIPAL,
                    new Tranche(LocalDate.of(2027, 1, 31), 12_000_000));

            assertThat(schedule.firstDueOn()).isEqualTo(LocalDate.of(2027, 2, 28));
            // 28 days: 12,000,000 × 12% × 28/365 = 110,465.75
            assertThat(schedule.instalments().get(0).interest()).isEqualTo(110_466);
            assertThat(schedule.maturityOn()).isEqualTo(LocalDate.of(2027, 3, 31));
        }

        @Test
        void aLoanDisbursedOnLeapDayFallsDueOnThe28thInCommonYearsAndThe29thOtherwise() {
            RepaymentSchedule schedule = schedule(1200, 49, 0, EQUAL_PRINCIPAL,
                    new Tranche(LocalDate.of(2028, 2, 29), 12_000_000));
            List<Instalment> instalments = schedule.instalments();

            assertThat(instalments.get(0).dueOn()).isEqualTo(LocalDate.of(2028, 3, 29));
            // 29 Feb → 29 Mar 2028: 29 days
            assertThat(instalments.get(0).interest()).isEqualTo(114_411);
            assertThat(instalments.get(11).dueOn()).isEqualTo(LocalDate.of(2029, 2, 28));
            // months are counted from the disbursement, so February's clamp does not drift into March
            assertThat(instalments.get(12).dueOn()).isEqualTo(LocalDate.of(2029, 3, 29));
            assertThat(instalments.get(47).dueOn()).isEqualTo(LocalDate.of(2032, 2, 29));
            assertThat(schedule.maturityOn()).isEqualTo(LocalDate.of(2032, 3, 29));
        }

        @Test
        void aLeapYearAccruesInterestFor366DaysOver365() {
            // Twelve interest-only months spanning a leap year, and twelve spanning a common year.
            RepaymentSchedule leap = schedule(1000, 13, 12, EQUAL_PRINCIPAL,
                    new Tranche(LocalDate.of(2028, 1, 1), 36_500_000));
            RepaymentSchedule common = schedule(1000, 13, 12, EQUAL_PRINCIPAL,
                    new Tranche(LocalDate.of(2027, 1, 1), 36_500_000));

            // 36,500,000 × 10% × days/365 = 10,000 đồng a day, exactly
            long leapYearInterest = leap.instalments().subList(0, 12).stream().mapToLong(Instalment::interest).sum();
            long commonYearInterest = common.instalments().subList(0, 12).stream().mapToLong(Instalment::interest).sum();
            assertThat(leapYearInterest).isEqualTo(3_660_000);
            assertThat(commonYearInterest).isEqualTo(3_650_000);
        }
    }

    @Test
    void theScheduleCannotBeChangedFromOutside() {
        RepaymentSchedule schedule = schedule(720, 3, 0, EQUAL_PRINCIPAL,
                new Tranche(LocalDate.of(2024, 3, 1), 3_000_000));

        assertThatThrownBy(() -> schedule.instalments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> schedule.tranches().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
