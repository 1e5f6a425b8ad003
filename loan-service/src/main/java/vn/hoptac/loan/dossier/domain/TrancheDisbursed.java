package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;
import java.util.List;
import vn.hoptac.loan.schedule.Instalment;

/** A tranche was disbursed (giải ngân); the schedule for everything disbursed so far. */
public record TrancheDisbursed(String loanId, String organisationId, String fundId, String provinceCode, LoanStatus status,
        LocalDate effectiveOn, String actor, String trancheId, long amount, long totalDisbursed, long approvedAmount, List<Instalment> schedule) implements LoanEvent {
}
