package vn.hoptac.loan.dossier.domain;

/** How a repayment was split, in the documented order. */
public record Allocation(long overdueInterest, long interest, long principal) {
}
