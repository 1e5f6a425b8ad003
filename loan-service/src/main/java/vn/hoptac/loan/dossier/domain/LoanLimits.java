package vn.hoptac.loan.dossier.domain;

/** What one loan may be at most, by the fund's rules (configuration). */
public record LoanLimits(long maxLoanAmount, int maxTermMonths) {
}
