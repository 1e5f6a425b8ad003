package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;

/** The loan was refused. */
public record DossierRejected(String loanId, String organisationId, String fundId, String provinceCode, LoanStatus status,
        LocalDate effectiveOn, String actor, String comment) implements LoanEvent {
}
