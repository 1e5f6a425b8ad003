package vn.hoptac.loan.fund.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.UnprocessableException;

class FundCapitalTest {

    static final LocalDate ON = LocalDate.of(2019, 1, 2);
    static final Instant AT = Instant.parse("2019-01-02T03:00:00Z");

    static Fund fund() {
        return Fund.open("quy-ho-tro-htx", "Quỹ hỗ trợ phát triển hợp tác xã", FundKind.PROVINCIAL_SUPPORT_FUND, null, false,
                "68", ON, "giam.doc").fund();
    }

    @Test
    void capitalThatWouldOverflowIsRefusedAndTheLedgerIsLeftAsItWas() {
        Fund fund = fund();
        fund.book("c-1", LedgerEntryKind.CONTRIBUTION, Long.MAX_VALUE, ON, null, null, "ke.toan", AT);

        assertThatThrownBy(() -> fund.book("c-2", LedgerEntryKind.CONTRIBUTION, 1_000, ON, null, null, "ke.toan", AT))
                .isInstanceOf(UnprocessableException.class).hasMessageContaining("cannot hold");
        assertThat(fund.available()).isEqualTo(Long.MAX_VALUE);
        assertThat(fund.entry("c-2")).isEmpty();
    }

    @Test
    void moneyOutNeverTakesTheFundBelowZero() {
        Fund fund = fund();
        fund.book("c-1", LedgerEntryKind.CONTRIBUTION, 250_000_000, ON, null, null, "ke.toan", AT);

        assertThatThrownBy(() -> fund.book("l-1", LedgerEntryKind.LOAN_OUT, 250_000_001, ON, "loan-1", null, "thu.quy", AT))
                .isInstanceOf(ConflictException.class);
        fund.book("l-2", LedgerEntryKind.LOAN_OUT, 250_000_000, ON, "loan-1", null, "thu.quy", AT);
        assertThat(fund.available()).isZero();
        assertThat(fund.availableOn(ON.minusDays(1))).isZero();
    }
}
