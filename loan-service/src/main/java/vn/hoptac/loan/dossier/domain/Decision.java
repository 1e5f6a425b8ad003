package vn.hoptac.loan.dossier.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of the dossier's immutable audit trail: who decided what, when, and why. */
public record Decision(DecisionKind kind, String comment, String officer, LocalDate on, Instant recordedAt) {
}
