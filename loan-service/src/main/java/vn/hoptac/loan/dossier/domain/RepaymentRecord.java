package vn.hoptac.loan.dossier.domain;

import java.time.LocalDate;

/** Money received, and how it was allocated. {@code afterWriteOff} marks a recovery of a written-off loan. */
public record RepaymentRecord(String repaymentId, long amount, LocalDate on, long overdueInterest, long interest,
        long principal, boolean afterWriteOff, String idempotencyKey, String fingerprint, String actor) {
}
