package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;

/** The loan was approved, by someone other than its appraiser. */
public record DossierApproved(String loanId, String organisationId, String fundId, String provinceCode, LoanStatus status,
        LocalDate effectiveOn, String actor, long approvedAmount, String comment) implements LoanEvent {
}
