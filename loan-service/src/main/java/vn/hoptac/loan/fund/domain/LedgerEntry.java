package vn.hoptac.loan.fund.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One capital movement. {@code entryId} is the business key that caused it (a tranche, a repayment,
 * an idempotency key), so the same movement is never booked twice; {@code requestFingerprint} is the
 * request that booked it, where a person's request did.
 */
public record LedgerEntry(String entryId, LedgerEntryKind kind, long amount, LocalDate on, String loanId,
        String reference, String actor, Instant bookedAt, String requestFingerprint) {
}
