package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;

/** The cooperative withdrew its dossier. */
public record DossierWithdrawn(String loanId, String organisationId, String fundId, String provinceCode, LoanStatus status,
        LocalDate effectiveOn, String actor, String reason) implements LoanEvent {
}
