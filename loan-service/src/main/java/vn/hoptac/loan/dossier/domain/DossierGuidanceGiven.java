package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;

/** The cooperative was guided to complete its dossier and business plan. */
public record DossierGuidanceGiven(String loanId, String organisationId, String fundId, String provinceCode, LoanStatus status,
        LocalDate effectiveOn, String actor, String comment) implements LoanEvent {
}
