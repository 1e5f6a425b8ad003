package vn.hoptac.registry.membership.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;
import vn.hoptac.registry.organisation.domain.Organisation;
import vn.hoptac.registry.organisation.domain.OrganisationStatus;

/**
 * One organisation's membership of the alliance, from its admission (kết nạp thành viên) in a named
 * batch (đợt kết nạp, e.g. "1/2024") until it ends. The alliance admits in batches and reports its
 * members as of a date; an organisation has one membership at a time, and one admitted again after an
 * end gets a new membership.
 */
public final class Membership {

    private final String id;
    private final String organisationId;
    private final String batch;
    private final LocalDate admittedOn;
    private LocalDate endedOn;
    private String endReason;

    private Membership(String id, String organisationId, String batch, LocalDate admittedOn, LocalDate endedOn,
            String endReason) {
        this.id = id;
        this.organisationId = organisationId;
        this.batch = batch;
        this.admittedOn = admittedOn;
        this.endedOn = endedOn;
        this.endReason = endReason;
    }

    /** Rebuilds a membership from what was stored. */
    public static Membership restore(String id, String organisationId, String batch, LocalDate admittedOn,
            LocalDate endedOn, String endReason) {
        return new Membership(id, organisationId, batch, admittedOn, endedOn, endReason);
    }

    /** A new membership and the event that admitted it. */
    public record Admission(Membership membership, MembershipAdmitted event) {
    }

    /**
     * The batch as stored, once its label and date are checked: what every admission of a batch shares,
     * so a bad batch is refused as a whole before anyone is admitted.
     */
    public static String checkBatch(String batch, LocalDate admittedOn, LocalDate today) {
        String label = batch == null ? "" : batch.strip();
        List<FieldError> errors = new ArrayList<>();
        if (label.isEmpty() || label.length() > 50) {
            errors.add(new FieldError("batch", "must be 1 to 50 characters"));
        }
        if (admittedOn == null) {
            errors.add(new FieldError("admittedOn", "is required"));
        } else if (admittedOn.isAfter(today)) {
            errors.add(BusinessCalendar.inTheFuture("admittedOn", today));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return label;
    }

    /**
     * Why {@code organisation} (null when the register does not know {@code organisationId}) cannot be
     * admitted on {@code admittedOn}, given its {@code memberships} so far; empty when it can.
     */
    public static Optional<Refusal> refusal(String organisationId, Organisation organisation,
            Collection<Membership> memberships, LocalDate admittedOn) {
        if (organisation == null) {
            return Optional.of(new Refusal(Refusal.Reason.UNKNOWN_ORGANISATION,
                    "No organisation with id " + organisationId + " in the register."));
        }
        if (organisation.status() != OrganisationStatus.OPERATING) {
            return Optional.of(new Refusal(Refusal.Reason.NOT_OPERATING,
                    "Only an operating organisation is admitted; this one is " + organisation.status() + " since "
                            + organisation.statusSince() + "."));
        }
        if (organisation.profile().foundedOn().isAfter(admittedOn)) {
            return Optional.of(new Refusal(Refusal.Reason.NOT_YET_FOUNDED,
                    "The organisation was founded on " + organisation.profile().foundedOn() + ", after the admission date."));
        }
        return memberships.stream().filter(m -> m.endedOn == null || m.endedOn.isAfter(admittedOn)).findFirst()
                .map(m -> new Refusal(Refusal.Reason.ALREADY_MEMBER, "Already a member: membership " + m.id
                        + " (batch " + m.batch + ", admitted on " + m.admittedOn + ")"
                        + (m.endedOn == null ? "." : ", until " + m.endedOn + ".")));
    }

    /** Admits an organisation; the batch must have passed {@link #checkBatch} and the organisation {@link #refusal}. */
    public static Admission admit(String id, String organisationId, String batch, LocalDate admittedOn, String provinceCode,
            LocalDate today, String actor) {
        String label = checkBatch(batch, admittedOn, today);
        Membership membership = new Membership(id, organisationId, label, admittedOn, null, null);
        return new Admission(membership, new MembershipAdmitted(id, organisationId, provinceCode, admittedOn, actor, label));
    }

    /** Ends the membership on {@code endedOn}: not before the admission, not in the future, and only once. */
    public MembershipEnded end(LocalDate endedOn, String reason, String provinceCode, LocalDate today, String actor) {
        if (this.endedOn != null) {
            throw new ConflictException("Membership " + id + " already ended on " + this.endedOn + ".");
        }
        String tidyReason = reason == null ? "" : reason.strip();
        List<FieldError> errors = new ArrayList<>();
        if (endedOn.isAfter(today)) {
            errors.add(BusinessCalendar.inTheFuture("endedOn", today));
        } else if (endedOn.isBefore(admittedOn)) {
            errors.add(new FieldError("endedOn", "is before the admission (" + admittedOn + ")"));
        }
        if (tidyReason.isEmpty() || tidyReason.length() > 500) {
            errors.add(new FieldError("reason", "must be 1 to 500 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        this.endedOn = endedOn;
        this.endReason = tidyReason;
        return new MembershipEnded(id, organisationId, provinceCode, endedOn, actor, batch, tidyReason);
    }

    /** Still a member: the membership has not ended. */
    public boolean isActive() {
        return endedOn == null;
    }

    public String id() {
        return id;
    }

    public String organisationId() {
        return organisationId;
    }

    public String batch() {
        return batch;
    }

    public LocalDate admittedOn() {
        return admittedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String endReason() {
        return endReason;
    }
}
