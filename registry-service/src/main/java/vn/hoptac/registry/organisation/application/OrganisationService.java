package vn.hoptac.registry.organisation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.hoptac.plumbing.alliance.AdministrativeUnits;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.alliance.Province;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.NotFoundException;
import vn.hoptac.plumbing.errors.PreconditionFailedException;
import vn.hoptac.plumbing.errors.UnprocessableException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.registry.organisation.domain.AllianceRules;
import vn.hoptac.registry.organisation.domain.ModelStatus;
import vn.hoptac.registry.organisation.domain.OrganisationSnapshot;
import vn.hoptac.registry.valuechain.ValueChainCatalogue;
import vn.hoptac.registry.organisation.domain.Dissolution;
import vn.hoptac.registry.organisation.domain.LegalBasis;
import vn.hoptac.registry.organisation.domain.Organisation;
import vn.hoptac.registry.organisation.domain.OrganisationEvent;
import vn.hoptac.registry.organisation.domain.OrganisationProfile;
import vn.hoptac.registry.organisation.messaging.OrganisationEventTypes;
import vn.hoptac.registry.organisation.persistence.OrganisationDocument;
import vn.hoptac.registry.organisation.persistence.OrganisationStore;

/** The registry's use cases: each loads one organisation, lets it decide, and stores state and events together. */
@Service
public class OrganisationService {

    private final OrganisationStore store;
    private final Alliance alliance;
    private final Set<String> currentProvinces;
    private final Map<String, String> successorOfFormer;
    private final BusinessCalendar calendar;
    private final Clock clock;

    private final ValueChainCatalogue valueChains;

    public OrganisationService(OrganisationStore store, Alliance alliance, AdministrativeUnits units,
            BusinessCalendar calendar, Clock clock, ValueChainCatalogue valueChains) {
        this.valueChains = valueChains;
        this.store = store;
        this.alliance = alliance;
        this.currentProvinces = units.currentProvinces().stream().map(Province::code).collect(Collectors.toUnmodifiableSet());
        this.successorOfFormer = units.formerProvinces().stream().collect(Collectors.toUnmodifiableMap(Province::code,
                former -> units.successorOf(former.code()).orElseThrow().code()));
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A registration's outcome: the organisation, and whether it is the replay of an earlier identical request. */
    public record Registered(OrganisationDocument organisation, boolean replayed) {
    }

    /**
     * Registers an organisation. With an idempotency key, a retry of the same request answers the
     * organisation it created; the same key with another request is refused.
     */
    public Registered register(OrganisationProfile profile, String actor, String idempotencyKey, String fingerprint) {
        return register(profile, null, actor, idempotencyKey, fingerprint);
    }

    /** Registers an organisation founded by a recorded founder group (whose link follows from the event). */
    public Registered register(OrganisationProfile profile, String founderGroupId, String actor, String idempotencyKey,
            String fingerprint) {
        if (idempotencyKey != null) {
            var earlier = store.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint);
            }
        }
        Organisation.Registration registration = Organisation.register(UUID.randomUUID().toString(), profile, rules(), actor,
                founderGroupId);
        OrganisationDocument document = OrganisationDocument.registered(registration.organisation(), idempotencyKey,
                fingerprint, clock.instant());
        try {
            return new Registered(store.insert(document, List.of(OrganisationEventTypes.outgoing(registration.event()))), false);
        } catch (DuplicateKeyException e) {
            if (idempotencyKey != null) {
                var concurrent = store.findByIdempotencyKey(idempotencyKey);
                if (concurrent.isPresent()) {
                    return replay(concurrent.get(), fingerprint);
                }
            }
            throw duplicateCode(profile.registrationCode(), e);
        }
    }

    private static Registered replay(OrganisationDocument earlier, String fingerprint) {
        if (!earlier.getRequestFingerprint().equals(fingerprint)) {
            throw new UnprocessableException("This Idempotency-Key was already used for a different request.");
        }
        return new Registered(earlier, true);
    }

    public OrganisationDocument get(String id) {
        return store.findById(id).orElseThrow(() -> new NotFoundException("No organisation with id " + id));
    }

    public OrganisationDocument getByRegistrationCode(String code) {
        return store.findByRegistrationCode(code)
                .orElseThrow(() -> new NotFoundException("No organisation with registration code " + code));
    }

    public OrganisationDocument changeProfile(String id, long expectedVersion, OrganisationProfile profile,
            LocalDate effectiveOn, String actor) {
        return change(id, expectedVersion, organisation -> organisation.changeProfile(profile, effectiveOrToday(effectiveOn),
                rules(), actor));
    }

    public OrganisationDocument convert(String id, long expectedVersion, LegalBasis to, String registrationCode,
            LocalDate effectiveOn, String actor) {
        return change(id, expectedVersion, organisation -> List.of(organisation.convert(to, registrationCode,
                effectiveOrToday(effectiveOn), rules(), actor)));
    }

    public OrganisationDocument suspend(String id, long expectedVersion, String reason, LocalDate effectiveOn, String actor) {
        return change(id, expectedVersion,
                organisation -> List.of(organisation.suspend(reason, effectiveOrToday(effectiveOn), rules(), actor)));
    }

    public OrganisationDocument resume(String id, long expectedVersion, LocalDate effectiveOn, String actor) {
        return change(id, expectedVersion,
                organisation -> List.of(organisation.resume(effectiveOrToday(effectiveOn), rules(), actor)));
    }

    public OrganisationDocument dissolve(String id, long expectedVersion, Dissolution kind, String reason,
            LocalDate effectiveOn, String actor) {
        return change(id, expectedVersion,
                organisation -> List.of(organisation.dissolve(kind, reason, effectiveOrToday(effectiveOn), rules(), actor)));
    }

    private OrganisationDocument change(String id, long expectedVersion,
            Function<Organisation, List<OrganisationEvent>> command) {
        OrganisationDocument document = get(id);
        if (document.getVersion() != expectedVersion) {
            throw stale(document);
        }
        Organisation organisation = document.toOrganisation();
        List<OrganisationEvent> events = command.apply(organisation);
        if (events.isEmpty()) {
            return document;
        }
        document.copy(organisation);
        try {
            if (!store.update(document, expectedVersion, OrganisationEventTypes.outgoing(events))) {
                throw stale(get(id));
            }
        } catch (DuplicateKeyException e) {
            throw duplicateCode(organisation.profile().registrationCode(), e);
        }
        return document;
    }

    private static PreconditionFailedException stale(OrganisationDocument current) {
        return new PreconditionFailedException("The organisation changed since you read it (it is now at version "
                + current.getVersion() + "): read it again and retry with ETag \"" + current.getVersion() + "\".");
    }

    private ConflictException duplicateCode(String code, DuplicateKeyException cause) {
        String holder = code == null ? null : store.findByRegistrationCode(code).map(OrganisationDocument::getId).orElse(null);
        return new ConflictException(holder == null ? "A unique value is already registered: " + cause.getMostSpecificCause().getMessage()
                : "Registration code " + code + " is already registered to organisation " + holder + ".");
    }

    /** The organisation as it stood on a date; 404 before it was founded. */
    public OrganisationSnapshot snapshot(OrganisationDocument document, LocalDate asOf) {
        return document.toOrganisation().asOf(asOf).orElseThrow(() -> new NotFoundException("Organisation "
                + document.getId() + " did not exist yet on " + asOf + " (founded on "
                + document.toOrganisation().profileHistory().get(0).effectiveOn() + ")"));
    }

    public OrganisationDocument joinValueChain(String id, long expectedVersion, String chain, LocalDate on, String actor) {
        ValueChainCatalogue.ValueChain known = valueChains.find(chain)
                .orElseThrow(() -> new InvalidFieldException("chain", "is not in the value-chain catalogue: " + chain));
        return change(id, expectedVersion, organisation -> List.of(organisation.joinValueChain(known.code(), known.name(),
                effectiveOrToday(on), rules(), actor)));
    }

    public OrganisationDocument leaveValueChain(String id, long expectedVersion, String chain, LocalDate on, String reason,
            String actor) {
        return change(id, expectedVersion, organisation -> List.of(organisation.leaveValueChain(chain, effectiveOrToday(on),
                reason, rules(), actor)));
    }

    public OrganisationDocument changeModelStatus(String id, long expectedVersion, ModelStatus next, LocalDate on,
            String actor) {
        if (next.foundedOnModelOf() != null && store.findById(next.foundedOnModelOf()).isEmpty()) {
            throw new InvalidFieldException("foundedOnModelOf", "no organisation with id " + next.foundedOnModelOf());
        }
        return change(id, expectedVersion, organisation -> organisation.changeModelStatus(next, effectiveOrToday(on), rules(),
                actor));
    }

    private LocalDate effectiveOrToday(LocalDate effectiveOn) {
        return effectiveOn == null ? calendar.today() : effectiveOn;
    }

    private AllianceRules rules() {
        return new AllianceRules(alliance.provinceCode(), currentProvinces, successorOfFormer, calendar.today());
    }
}
