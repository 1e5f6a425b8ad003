package vn.hoptac.loan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules every schedule must keep, checked over many amounts, terms, rates, grace periods and both
 * methods, against an independent recomputation of the interest (BigDecimal, actual/365, half-up).
 */
class RepaymentScheduleInvariantsTest {

    static final long[] AMOUNTS = {1, 7, 999, 1_000_001, 195_000_000, 250_000_000, 36_520_000_000L, 99_999_999_999L};
    static final int[] TERMS = {1, 2, 3, 11, 12, 13, 24, 36, 60, 120};
    static final long[] RATES = {0, 1, 360, 720, 1200, 2400};
    /** A month end in a leap year, and a mid-month day in a common year. */
    static final LocalDate[] STARTS = {LocalDate.of(2024, 1, 31), LocalDate.of(2019, 5, 15)};

    static Stream<Arguments> grid() {
        List<Arguments> cases = new ArrayList<>();
        for (LocalDate start : STARTS) {
            for (long amount : AMOUNTS) {
                for (int term : TERMS) {
                    for (long rate : RATES) {
                        for (int grace : new TreeSet<>(List.of(0, Math.min(1, term - 1), term - 1))) {
                            for (RepaymentMethod method : RepaymentMethod.values()) {
                                cases.add(Arguments.of(start, amount, term, rate, grace, method));
                            }
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{5}: {1} VND from {0} over {2} months at {3} bp with {4} grace")
    @MethodSource("grid")
    void everyScheduleSumsExactlyIsNeverNegativeAndAccruesActualOver365(LocalDate start, long amount, int term,
            long rate, int grace, RepaymentMethod method) {
        LoanTerms terms = new LoanTerms(rate, term, grace, method);
        List<Tranche> tranches = List.of(new Tranche(start, amount));

        assertKeepsTheRules(RepaymentSchedule.generate(terms, tranches), terms, tranches, true);
    }

    @Test
    void randomLoansWithSeveralTranchesKeepTheRulesAcrossTheWholeRangeOfTerms() {
        Random random = new Random(20_190_515L);
        for (int n = 0; n < 3_000; n++) {
            int term = 1 + random.nextInt(360);
            int grace = random.nextInt(3) == 0 ? random.nextInt(term) : 0;
            long rate = random.nextInt(4) == 0 ? random.nextInt(10_001) : random.nextInt(2_401);
            RepaymentMethod method = RepaymentMethod.values()[random.nextInt(2)];
            // Days 28 to 31 are over-represented to exercise the month-end clamp.
            int day = random.nextBoolean() ? 28 + random.nextInt(4) : 1 + random.nextInt(28);
            LocalDate start = LocalDate.of(2015 + random.nextInt(20), 1 + random.nextInt(12), 1).plusDays(day - 1);
            LocalDate firstDue = start.plusMonths(1);
            List<Tranche> tranches = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int t = 0; t < count; t++) {
                LocalDate on = t == 0 ? start : start.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(start, firstDue)));
                long amount = switch (random.nextInt(3)) {
                    case 0 -> 1 + random.nextInt(1_000);
                    case 1 -> 1 + random.nextInt(1_000_000_000);
                    default -> 1 + random.nextLong(50_000_000_000L);
                };
                tranches.add(new Tranche(on, amount));
            }
            LoanTerms terms = new LoanTerms(rate, term, grace, method);
            long principal = tranches.stream().mapToLong(Tranche::amount).sum();
            // The annuity keeps its level total for realistic loans. At extreme rates over decades, for a few
            // hundred đồng, or when a later tranche makes the first month's interest small at a high rate, the
            // monthly-rate annuity drifts from actual/365 and the last instalments absorb it (still exactly
            // payment − interest, clamped — checked below for every case).
            boolean oneDisbursementDay = tranches.stream().allMatch(t -> t.on().equals(start));
            boolean levelTotals = principal >= 1_000_000
                    && (oneDisbursementDay && rate <= 2_400 && terms.amortisingMonths() <= 120
                            || rate <= 1_200 && terms.amortisingMonths() <= 60);

            assertKeepsTheRules(RepaymentSchedule.generate(terms, tranches), terms, tranches, levelTotals);
        }
    }

    static void assertKeepsTheRules(RepaymentSchedule schedule, LoanTerms terms, List<Tranche> tranches,
            boolean levelTotals) {
        String loan = terms + " " + tranches;
        long principal = tranches.stream().mapToLong(Tranche::amount).sum();
        LocalDate start = tranches.get(0).on();
        List<Instalment> instalments = schedule.instalments();
        int amortising = terms.termMonths() - terms.graceMonths();

        assertThat(instalments).as(loan).hasSize(terms.termMonths());
        assertThat(instalments.stream().mapToLong(Instalment::principal).sum()).as("principal of %s", loan)
                .isEqualTo(principal);
        assertThat(schedule.totalPrincipal()).as(loan).isEqualTo(principal);
        assertThat(schedule.totalInterest()).as(loan)
                .isEqualTo(instalments.stream().mapToLong(Instalment::interest).sum());
        assertThat(schedule.firstDueOn()).as(loan).isEqualTo(start.plusMonths(1));
        assertThat(schedule.maturityOn()).as(loan).isEqualTo(start.plusMonths(terms.termMonths()));

        long balance = principal;
        LocalDate periodStart = start;
        int position = 0;
        for (Instalment instalment : instalments) {
            int k = instalment.number();
            Supplier<String> which = () -> "instalment " + k + " of " + loan;
            assertThat(k).as(which).isEqualTo(++position);
            assertThat(instalment.dueOn()).as(which).isEqualTo(start.plusMonths(k));
            assertThat(instalment.principal()).as(which).isNotNegative();
            assertThat(instalment.interest()).as(which).isNotNegative();
            assertThat(instalment.total()).as(which).isNotNegative();
            assertThat(instalment.interest()).as(which).isEqualTo(expectedInterest(k, balance, periodStart,
                    instalment.dueOn(), terms.annualRateBasisPoints(), tranches));
            if (terms.annualRateBasisPoints() == 0) {
                assertThat(instalment.interest()).as(which).isZero();
            }
            if (k <= terms.graceMonths()) {
                assertThat(instalment.principal()).as(() -> "grace " + which.get()).isZero();
            }
            balance -= instalment.principal();
            periodStart = instalment.dueOn();
        }

        List<Instalment> levelOnes = instalments.subList(terms.graceMonths(), terms.termMonths() - 1);
        Instalment last = instalments.get(terms.termMonths() - 1);
        if (terms.method() == RepaymentMethod.EQUAL_PRINCIPAL) {
            long level = principal / amortising;
            assertThat(levelOnes).as("equal principal of %s", loan)
                    .allSatisfy(i -> assertThat(i.principal()).isEqualTo(level));
            assertThat(last.principal()).as("remainder on the last of %s", loan)
                    .isEqualTo(principal - level * (amortising - 1));
        } else {
            // principal = payment − interest, never negative, never more than is left; the last takes the rest
            long payment = expectedAnnuity(principal, terms.annualRateBasisPoints(), amortising);
            long left = principal;
            for (Instalment instalment : levelOnes) {
                assertThat(instalment.principal()).as(() -> "instalment " + instalment.number() + " of " + loan)
                        .isEqualTo(Math.max(0, Math.min(payment - instalment.interest(), left)));
                left -= instalment.principal();
            }
            assertThat(last.principal()).as("remainder on the last of %s", loan).isEqualTo(left);
            if (levelTotals) {
                assertThat(levelOnes).as("equal instalments of %s", loan)
                        .allSatisfy(i -> assertThat(i.total()).isEqualTo(payment));
            }
        }
    }

    /** P·r / (1 − (1 + r)^−n) with r = annual / 12, rounded down to whole đồng; floor(P / n) at 0%. */
    static long expectedAnnuity(long principal, long rate, int months) {
        if (rate == 0) {
            return principal / months;
        }
        MathContext precision = MathContext.DECIMAL128;
        BigDecimal monthly = BigDecimal.valueOf(rate).divide(BigDecimal.valueOf(120_000), precision);
        BigDecimal discount = BigDecimal.ONE.divide(BigDecimal.ONE.add(monthly).pow(months, precision), precision);
        return BigDecimal.valueOf(principal).multiply(monthly)
                .divide(BigDecimal.ONE.subtract(discount), precision)
                .setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** Written apart from the production code on purpose: BigDecimal, actual/365, half-up per instalment. */
    static long expectedInterest(int k, long balance, LocalDate from, LocalDate due, long rate, List<Tranche> tranches) {
        BigDecimal principalDays = BigDecimal.ZERO;
        if (k == 1) {
            for (Tranche tranche : tranches) {
                principalDays = principalDays.add(BigDecimal.valueOf(tranche.amount())
                        .multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(tranche.on(), due))));
            }
        } else {
            principalDays = BigDecimal.valueOf(balance).multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, due)));
        }
        return principalDays.multiply(BigDecimal.valueOf(rate))
                .divide(BigDecimal.valueOf(10_000L * 365L), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
