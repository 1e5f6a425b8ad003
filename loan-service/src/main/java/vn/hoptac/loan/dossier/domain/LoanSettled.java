package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;

/** Everything was paid. */
public record LoanSettled(String loanId, String organisationId, String fundId, String provinceCode, LoanStatus status,
        LocalDate effectiveOn, String actor, long totalDisbursed, long principalRepaid, long interestPaid) implements LoanEvent {
}
