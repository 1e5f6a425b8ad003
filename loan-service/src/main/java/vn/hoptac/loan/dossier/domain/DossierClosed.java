package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;

/** Closed before any disbursement, because the organisation was dissolved. */
public record DossierClosed(String loanId, String organisationId, String fundId, String provinceCode, LoanStatus status,
        LocalDate effectiveOn, String actor, String reason) implements LoanEvent {
}
