package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;

/** The dossier is complete and can be appraised. */
public record DossierCompleted(String loanId, String organisationId, String fundId, String provinceCode, LoanStatus status,
        LocalDate effectiveOn, String actor) implements LoanEvent {
}
