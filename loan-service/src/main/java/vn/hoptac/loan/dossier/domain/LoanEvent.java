package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;

/**
 * What happened to a loan dossier. Each carries the loan, the organisation, the fund, the province,
 * the status after the change, the business date it takes effect and who acted. The records are the
 * event data on the wire (contracts: {@code loans.events}).
 */
public sealed interface LoanEvent permits DossierReceived, DossierGuidanceGiven, DossierCompleted, DossierAppraised,
        DossierApproved, DossierRejected, DossierWithdrawn, DossierClosed, TrancheDisbursed, RepaymentReceived,
        ArrearsChanged, RecoveryFlagged, LoanWrittenOff, LoanRecovered, LoanSettled {

    String loanId();

    String organisationId();

    String fundId();

    String provinceCode();

    LoanStatus status();

    LocalDate effectiveOn();

    String actor();
}
