package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;

/** A repayment, allocated overdue interest first, then interest, then principal. */
public record RepaymentReceived(String loanId, String organisationId, String fundId, String provinceCode, LoanStatus status,
        LocalDate effectiveOn, String actor, String repaymentId, long amount, vn.hoptac.loan.schedule.Allocation allocation, long outstandingPrincipal) implements LoanEvent {
}
