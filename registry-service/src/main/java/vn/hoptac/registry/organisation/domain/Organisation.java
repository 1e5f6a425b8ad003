package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;
import java.util.List;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;

/**
 * An organisation in the alliance's register and its lifecycle: operating, suspended, resumed,
 * converted to a newer law, dissolved. Each transition checks its rule and returns the event it
 * causes; an impossible one is a {@link ConflictException}.
 */
public final class Organisation {

    private final String id;
    private OrganisationProfile profile;
    private OrganisationStatus status;
    private LocalDate statusSince;
    private String statusReason;
    private Dissolution dissolution;
    private LocalDate lastChangeOn; // of the lifecycle: registration, conversion, suspension, resumption, dissolution

    private Organisation(String id, OrganisationProfile profile, OrganisationStatus status, LocalDate statusSince,
            String statusReason, Dissolution dissolution, LocalDate lastChangeOn) {
        this.id = id;
        this.profile = profile;
        this.status = status;
        this.statusSince = statusSince;
        this.statusReason = statusReason;
        this.dissolution = dissolution;
        this.lastChangeOn = lastChangeOn;
    }

    /** Rebuilds an organisation from what was stored. */
    public static Organisation restore(String id, OrganisationProfile profile, OrganisationStatus status,
            LocalDate statusSince, String statusReason, Dissolution dissolution, LocalDate lastChangeOn) {
        return new Organisation(id, profile, status, statusSince, statusReason, dissolution, lastChangeOn);
    }

    /** Registers a new organisation not founded by a recorded founder group. */
    public static Registration register(String id, OrganisationProfile profile, AllianceRules rules, String actor) {
        return register(id, profile, rules, actor, null);
    }

    /** Registers a new organisation; it is operating from its founding date. */
    public static Registration register(String id, OrganisationProfile profile, AllianceRules rules, String actor,
            String founderGroupId) {
        profile.check(rules);
        Organisation organisation = new Organisation(id, profile, OrganisationStatus.OPERATING, profile.foundedOn(), null,
                null, profile.foundedOn());
        return new Registration(organisation, new OrganisationRegistered(id, profile.provinceCode(), profile.type(),
                OrganisationStatus.OPERATING, profile.foundedOn(), actor, profile, founderGroupId));
    }

    /** A new organisation and the event that registered it. */
    public record Registration(Organisation organisation, OrganisationRegistered event) {
    }

    /** Replaces the profile. Returns nothing to publish when nothing changed. */
    public List<OrganisationEvent> changeProfile(OrganisationProfile next, LocalDate effectiveOn, AllianceRules rules,
            String actor) {
        requireNot(OrganisationStatus.DISSOLVED, "change the profile of");
        if (next.type() != profile.type()) {
            throw new ConflictException("An organisation's type cannot change (" + profile.type() + " → " + next.type()
                    + "): register the new organisation instead.");
        }
        if (next.legalBasis() != profile.legalBasis()) {
            throw new ConflictException("The legal basis changes only by conversion: POST …/conversion.");
        }
        next.check(rules);
        // Profile corrections are dated independently of the lifecycle: only not before founding.
        checkNotFuture(effectiveOn, rules);
        if (effectiveOn.isBefore(next.foundedOn())) {
            throw new InvalidFieldException("effectiveOn", "is before the founding date (" + next.foundedOn() + ")");
        }
        List<String> changed = next.changedSince(profile);
        if (changed.isEmpty()) {
            return List.of();
        }
        profile = next;
        return List.of(new OrganisationProfileChanged(id, profile.provinceCode(), profile.type(), status, effectiveOn,
                actor, profile, changed));
    }

    /** Re-registers under a newer cooperative law (the 2003 → 2012 conversion had a 1 July 2016 deadline). */
    public OrganisationEvent convert(LegalBasis to, String newRegistrationCode, LocalDate effectiveOn, AllianceRules rules,
            String actor) {
        if (status != OrganisationStatus.OPERATING) {
            throw new ConflictException("Only an operating organisation can convert; this one is " + status + ".");
        }
        if (to.compareTo(profile.legalBasis()) <= 0) {
            throw new ConflictException("Already registered under " + profile.legalBasis() + "; conversion is only to a newer law.");
        }
        checkEffectiveOn(effectiveOn, rules);
        if (effectiveOn.isBefore(to.inForceFrom())) {
            throw new InvalidFieldException("effectiveOn", to + " is in force only from " + to.inForceFrom());
        }
        OrganisationProfile converted = profile.convertedTo(to, newRegistrationCode);
        converted.check(rules);
        LegalBasis from = profile.legalBasis();
        profile = converted;
        lastChangeOn = effectiveOn;
        return new OrganisationConverted(id, profile.provinceCode(), profile.type(), status, effectiveOn, actor, from, to,
                profile.registrationCode());
    }

    public OrganisationEvent suspend(String reason, LocalDate effectiveOn, AllianceRules rules, String actor) {
        if (status != OrganisationStatus.OPERATING) {
            throw new ConflictException("Only an operating organisation can be suspended; this one is " + status + ".");
        }
        checkEffectiveOn(effectiveOn, rules);
        enter(OrganisationStatus.SUSPENDED, effectiveOn, requireReason(reason), null);
        return new OrganisationSuspended(id, profile.provinceCode(), profile.type(), status, effectiveOn, actor, statusReason);
    }

    public OrganisationEvent resume(LocalDate effectiveOn, AllianceRules rules, String actor) {
        if (status != OrganisationStatus.SUSPENDED) {
            throw new ConflictException("Only a suspended organisation can resume; this one is " + status + ".");
        }
        checkEffectiveOn(effectiveOn, rules);
        enter(OrganisationStatus.OPERATING, effectiveOn, null, null);
        return new OrganisationResumed(id, profile.provinceCode(), profile.type(), status, effectiveOn, actor);
    }

    public OrganisationEvent dissolve(Dissolution kind, String reason, LocalDate effectiveOn, AllianceRules rules,
            String actor) {
        requireNot(OrganisationStatus.DISSOLVED, "dissolve");
        checkEffectiveOn(effectiveOn, rules);
        enter(OrganisationStatus.DISSOLVED, effectiveOn, requireReason(reason), kind);
        return new OrganisationDissolved(id, profile.provinceCode(), profile.type(), status, effectiveOn, actor, kind,
                statusReason);
    }

    private void enter(OrganisationStatus next, LocalDate on, String reason, Dissolution kind) {
        status = next;
        statusSince = on;
        statusReason = reason;
        dissolution = kind;
        lastChangeOn = on;
    }

    private void requireNot(OrganisationStatus forbidden, String action) {
        if (status == forbidden) {
            throw new ConflictException("Cannot " + action + " an organisation that is " + status + ".");
        }
    }

    /** A lifecycle change takes effect no later than today, and not before the last one on record. */
    private void checkEffectiveOn(LocalDate effectiveOn, AllianceRules rules) {
        checkNotFuture(effectiveOn, rules);
        if (effectiveOn.isBefore(lastChangeOn)) {
            throw new InvalidFieldException("effectiveOn", "is before the last recorded lifecycle change (" + lastChangeOn + ")");
        }
    }

    private static void checkNotFuture(LocalDate effectiveOn, AllianceRules rules) {
        if (effectiveOn.isAfter(rules.today())) {
            throw new InvalidFieldException("effectiveOn", "is in the future (today in Vietnam is " + rules.today() + ")");
        }
    }

    private static String requireReason(String reason) {
        String tidy = reason == null ? "" : reason.strip();
        if (tidy.isEmpty() || tidy.length() > 500) {
            throw new InvalidFieldException("reason", "must be 1 to 500 characters");
        }
        return tidy;
    }

    public String id() {
        return id;
    }

    public OrganisationProfile profile() {
        return profile;
    }

    public OrganisationStatus status() {
        return status;
    }

    public LocalDate statusSince() {
        return statusSince;
    }

    public String statusReason() {
        return statusReason;
    }

    public Dissolution dissolution() {
        return dissolution;
    }

    public LocalDate lastChangeOn() {
        return lastChangeOn;
    }
}
