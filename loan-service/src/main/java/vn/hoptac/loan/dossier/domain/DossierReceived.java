package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;

/** A cooperative's loan dossier was received. */
public record DossierReceived(String loanId, String organisationId, String fundId, String provinceCode, LoanStatus status,
        LocalDate effectiveOn, String actor, String purpose, long amountRequested, int termMonths, boolean newRuralAreaCommune) implements LoanEvent {
}
