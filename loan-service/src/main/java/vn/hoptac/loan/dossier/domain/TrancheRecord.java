package vn.hoptac.loan.dossier.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A disbursement. It is PENDING while the fund's capital is being taken (a second aggregate), then
 * DISBURSED; a pending one left by a crash is reconciled against the fund's ledger.
 */
public record TrancheRecord(String trancheId, long amount, LocalDate on, TrancheState state, String idempotencyKey,
        String fingerprint, Instant reservedAt, String actor) {

    /** Where a tranche stands. */
    public enum TrancheState { PENDING, DISBURSED }

    TrancheRecord disbursed() {
        return new TrancheRecord(trancheId, amount, on, TrancheState.DISBURSED, idempotencyKey, fingerprint, reservedAt, actor);
    }
}
