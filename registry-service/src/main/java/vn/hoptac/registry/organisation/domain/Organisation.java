package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
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
    private final List<ProfileVersion> profileHistory;
    private final List<StatusVersion> statusHistory;
    private final List<ValueChainParticipation> valueChains;
    private ModelStatus modelStatus;

    private Organisation(String id, OrganisationProfile profile, OrganisationStatus status, LocalDate statusSince,
            String statusReason, Dissolution dissolution, LocalDate lastChangeOn, List<ProfileVersion> profileHistory,
            List<StatusVersion> statusHistory, List<ValueChainParticipation> valueChains, ModelStatus modelStatus) {
        this.id = id;
        this.profile = profile;
        this.status = status;
        this.statusSince = statusSince;
        this.statusReason = statusReason;
        this.dissolution = dissolution;
        this.lastChangeOn = lastChangeOn;
        // Records stored before history was kept start their history with what they are now.
        this.profileHistory = new ArrayList<>(profileHistory == null || profileHistory.isEmpty()
                ? List.of(new ProfileVersion(profile.foundedOn(), 0, profile)) : profileHistory);
        this.statusHistory = new ArrayList<>(statusHistory == null || statusHistory.isEmpty()
                ? List.of(new StatusVersion(statusSince, 0, status, statusReason, dissolution)) : statusHistory);
        this.valueChains = new ArrayList<>(valueChains == null ? List.of() : valueChains);
        this.modelStatus = modelStatus == null ? ModelStatus.NONE : modelStatus;
    }

    /** Rebuilds an organisation from what was stored. */
    public static Organisation restore(String id, OrganisationProfile profile, OrganisationStatus status,
            LocalDate statusSince, String statusReason, Dissolution dissolution, LocalDate lastChangeOn,
            List<ProfileVersion> profileHistory, List<StatusVersion> statusHistory,
            List<ValueChainParticipation> valueChains, ModelStatus modelStatus) {
        return new Organisation(id, profile, status, statusSince, statusReason, dissolution, lastChangeOn, profileHistory,
                statusHistory, valueChains, modelStatus);
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
                null, profile.foundedOn(), List.of(new ProfileVersion(profile.foundedOn(), 0, profile)),
                List.of(new StatusVersion(profile.foundedOn(), 0, OrganisationStatus.OPERATING, null, null)), List.of(),
                ModelStatus.NONE);
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
        profileHistory.add(new ProfileVersion(effectiveOn, profileHistory.size(), next));
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
        profileHistory.add(new ProfileVersion(effectiveOn, profileHistory.size(), converted));
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
        statusHistory.add(new StatusVersion(on, statusHistory.size(), next, reason, kind));
    }

    /**
     * The organisation as it stood on {@code date}: the latest profile and status in force then, each
     * from its own timeline. Empty before it was founded.
     */
    public Optional<OrganisationSnapshot> asOf(LocalDate date) {
        Comparator<ProfileVersion> profileOrder = Comparator.comparing(ProfileVersion::effectiveOn)
                .thenComparingInt(ProfileVersion::order);
        Comparator<StatusVersion> statusOrder = Comparator.comparing(StatusVersion::effectiveOn)
                .thenComparingInt(StatusVersion::order);
        Optional<ProfileVersion> profileThen = profileHistory.stream().filter(v -> !v.effectiveOn().isAfter(date))
                .max(profileOrder);
        Optional<StatusVersion> statusThen = statusHistory.stream().filter(v -> !v.effectiveOn().isAfter(date))
                .max(statusOrder);
        if (profileThen.isEmpty() || statusThen.isEmpty()) {
            return Optional.empty();
        }
        StatusVersion s = statusThen.get();
        List<String> chains = valueChains.stream().filter(c -> c.activeOn(date)).map(ValueChainParticipation::chain).toList();
        return Optional.of(new OrganisationSnapshot(date, profileThen.get().profile(), s.status(), s.effectiveOn(),
                s.reason(), s.dissolution(), chains));
    }

    /** Joins a product value chain (tea, hill chicken, …) from a date. */
    public OrganisationEvent joinValueChain(String chain, String chainName, LocalDate on, AllianceRules rules, String actor) {
        requireNot(OrganisationStatus.DISSOLVED, "add a value chain to");
        checkNotFuture(on, rules);
        if (on.isBefore(profile.foundedOn())) {
            throw new InvalidFieldException("joinedOn", "is before the founding date (" + profile.foundedOn() + ")");
        }
        if (currentChain(chain).isPresent()) {
            throw new ConflictException("Already in the " + chainName + " value chain.");
        }
        valueChains.add(new ValueChainParticipation(chain, chainName, on, null, null));
        return new OrganisationJoinedValueChain(id, profile.provinceCode(), profile.type(), status, on, actor, chain, chainName);
    }

    public OrganisationEvent leaveValueChain(String chain, LocalDate on, String reason, AllianceRules rules, String actor) {
        ValueChainParticipation current = currentChain(chain)
                .orElseThrow(() -> new ConflictException("Not in the value chain " + chain + "."));
        checkNotFuture(on, rules);
        if (on.isBefore(current.joinedOn())) {
            throw new InvalidFieldException("leftOn", "is before it joined on " + current.joinedOn());
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        valueChains.set(valueChains.indexOf(current), new ValueChainParticipation(chain, current.chainName(),
                current.joinedOn(), on, why));
        return new OrganisationLeftValueChain(id, profile.provinceCode(), profile.type(), status, on, actor, chain,
                current.chainName(), why);
    }

    /** Flags a new-type or model cooperative, or the one it was founded on the model of. Nothing to publish if unchanged. */
    public List<OrganisationEvent> changeModelStatus(ModelStatus next, LocalDate on, AllianceRules rules, String actor) {
        requireNot(OrganisationStatus.DISSOLVED, "change the model status of");
        checkNotFuture(on, rules);
        if (id.equals(next.foundedOnModelOf())) {
            throw new InvalidFieldException("foundedOnModelOf", "cannot be the organisation itself");
        }
        if (next.equals(modelStatus)) {
            return List.of();
        }
        modelStatus = next;
        return List.of(new OrganisationModelStatusChanged(id, profile.provinceCode(), profile.type(), status, on, actor,
                next.newType(), next.model(), next.foundedOnModelOf()));
    }

    private Optional<ValueChainParticipation> currentChain(String chain) {
        return valueChains.stream().filter(c -> c.chain().equals(chain) && c.leftOn() == null).findFirst();
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
            throw new InvalidFieldException(List.of(BusinessCalendar.inTheFuture("effectiveOn", rules.today())));
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

    public List<ProfileVersion> profileHistory() {
        return List.copyOf(profileHistory);
    }

    public List<StatusVersion> statusHistory() {
        return List.copyOf(statusHistory);
    }

    public List<ValueChainParticipation> valueChains() {
        return List.copyOf(valueChains);
    }

    public ModelStatus modelStatus() {
        return modelStatus;
    }
}
