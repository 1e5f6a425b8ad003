package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;

/** Money recovered on a written-off loan. */
public record LoanRecovered(String loanId, String organisationId, String fundId, String provinceCode, LoanStatus status,
        LocalDate effectiveOn, String actor, String repaymentId, long amount) implements LoanEvent {
}
