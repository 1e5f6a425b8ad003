package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;

/** The loan must be recovered (thu hồi), e.g. because the organisation was dissolved. */
public record RecoveryFlagged(String loanId, String organisationId, String fundId, String provinceCode, LoanStatus status,
        LocalDate effectiveOn, String actor, String reason, long outstandingPrincipal) implements LoanEvent {
}
