package vn.hoptac.loan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoptac.loan.schedule.RepaymentMethod.EQUAL_INSTALMENTS;
import static vn.hoptac.loan.schedule.RepaymentMethod.EQUAL_PRINCIPAL;

import org.junit.jupiter.api.Test;

class LoanTermsTest {

    @Test
    void acceptsTheBoundsOfEveryField() {
        assertThat(new LoanTerms(0, 1, 0, EQUAL_PRINCIPAL).amortisingMonths()).isEqualTo(1);
        assertThat(new LoanTerms(10_000, 360, 359, EQUAL_INSTALMENTS).amortisingMonths()).isEqualTo(1);
        assertThat(new LoanTerms(720, 36, 6, EQUAL_PRINCIPAL).amortisingMonths()).isEqualTo(30);
    }

    @Test
    void anInterestFreeLoanIsAllowed() {
        assertThat(new LoanTerms(0, 36, 0, EQUAL_PRINCIPAL).annualRateBasisPoints()).isZero();
    }

    @Test
    void refusesARateOutsideZeroToOneHundredPercentNamingTheField() {
        assertThatThrownBy(() -> new LoanTerms(-1, 12, 0, EQUAL_PRINCIPAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("annualRateBasisPoints")
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> new LoanTerms(10_001, 12, 0, EQUAL_PRINCIPAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("annualRateBasisPoints")
                .hasMessageContaining("10001");
    }

    @Test
    void refusesATermOutsideOneToThreeHundredSixtyMonthsNamingTheField() {
        assertThatThrownBy(() -> new LoanTerms(720, 0, 0, EQUAL_PRINCIPAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("termMonths");
        assertThatThrownBy(() -> new LoanTerms(720, 361, 0, EQUAL_PRINCIPAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("termMonths");
    }

    @Test
    void refusesAGraceThatLeavesNoInstalmentToRepayPrincipal() {
        assertThatThrownBy(() -> new LoanTerms(720, 12, 12, EQUAL_PRINCIPAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("graceMonths")
                .hasMessageContaining("11");
        assertThatThrownBy(() -> new LoanTerms(720, 12, -1, EQUAL_PRINCIPAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("graceMonths");
    }

    @Test
    void refusesAMissingMethodNamingTheField() {
        assertThatThrownBy(() -> new LoanTerms(720, 12, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("method");
    }
}
