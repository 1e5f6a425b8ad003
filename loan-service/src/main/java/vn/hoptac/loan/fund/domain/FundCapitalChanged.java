package vn.hoptac.loan.fund.domain;

import java.time.LocalDate;

/** A ledger entry was booked; {@code availableCapital} is what the fund can lend after it. */
public record FundCapitalChanged(String fundId, String provinceCode, LocalDate effectiveOn, String actor, String entryId,
        LedgerEntryKind kind, long amount, long availableCapital, String loanId, String reference) implements FundEvent {
}
