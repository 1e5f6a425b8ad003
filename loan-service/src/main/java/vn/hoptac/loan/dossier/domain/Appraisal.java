package vn.hoptac.loan.dossier.domain;

import vn.hoptac.loan.schedule.RepaymentMethod;

/** The appraiser's findings (thẩm định): amount, nominal annual rate in basis points, term, collateral, opinion. */
public record Appraisal(long appraisedAmount, long annualRateBasisPoints, int termMonths, int graceMonths,
        RepaymentMethod method, String collateral, String opinion, String appraiser) {
}
