package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;

/** The outstanding principal was written off. */
public record LoanWrittenOff(String loanId, String organisationId, String fundId, String provinceCode, LoanStatus status,
        LocalDate effectiveOn, String actor, long amount, String reason) implements LoanEvent {
}
