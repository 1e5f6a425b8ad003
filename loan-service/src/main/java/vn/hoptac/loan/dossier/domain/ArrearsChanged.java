package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;
import vn.hoptac.loan.schedule.ArrearsBucket;

/** The loan became overdue, moved to another arrears bucket, or was cured. */
public record ArrearsChanged(String loanId, String organisationId, String fundId, String provinceCode, LoanStatus status,
        LocalDate effectiveOn, String actor, ArrearsBucket fromBucket, ArrearsBucket toBucket, long daysOverdue, long overduePrincipal, long overdueInterest) implements LoanEvent {
}
