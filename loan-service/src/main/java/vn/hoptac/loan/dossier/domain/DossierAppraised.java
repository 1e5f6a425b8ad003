package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;

/** The dossier was appraised (thẩm định). */
public record DossierAppraised(String loanId, String organisationId, String fundId, String provinceCode, LoanStatus status,
        LocalDate effectiveOn, String actor, Appraisal appraisal) implements LoanEvent {
}
