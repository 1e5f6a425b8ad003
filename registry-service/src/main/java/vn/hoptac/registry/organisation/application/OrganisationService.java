package vn.hoptac.registry.organisation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.web.IdempotentRequest;
import vn.hoptac.registry.organisation.domain.AllianceRules;
import vn.hoptac.registry.organisation.domain.ModelStatus;
import vn.hoptac.registry.organisation.domain.OrganisationSnapshot;
import vn.hoptac.registry.valuechain.ValueChainCatalogue;
import vn.hoptac.registry.organisation.domain.Dissolution;
import vn.hoptac.registry.organisation.domain.LegalBasis;
import vn.hoptac.registry.organisation.domain.Organisation;
import vn.hoptac.registry.organisation.domain.OrganisationEvent;
import vn.hoptac.registry.organisation.domain.OrganisationProfile;
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
    public record Registered(Versioned<Organisation> organisation, boolean replayed) {
    }

    /**
     * Registers an organisation. With an idempotency key, a retry of the same request answers the
     * organisation it created; the same key with another request is refused.
     */
    public Registered register(OrganisationProfile profile, IdempotentRequest request, String actor) {
        return register(profile, null, request, actor);
    }

    /** Registers an organisation founded by a recorded founder group (whose link follows from the event). */
    public Registered register(OrganisationProfile profile, String founderGroupId, IdempotentRequest request, String actor) {
        Organisation.Registration registration = Organisation.register(UUID.randomUUID().toString(), profile, rules(), actor,
                founderGroupId);
        try {
            var created = store.create(OrganisationDocument.registered(registration.organisation(), clock.instant()),
                    registration.organisation(), List.of(registration.event()), request);
            return new Registered(created.aggregate(), created.replayed());
        } catch (DuplicateKeyException e) {
            throw duplicateCode(profile.registrationCode(), e);
        }
    }

    public Versioned<Organisation> get(String id) {
        return store.get(id);
    }

    /** For another feature's rule (membership): the organisation, if the register has it. */
    public Optional<Organisation> find(String id) {
        return store.find(id).map(Versioned::aggregate);
    }

    /** A page of the register now, or as it stood on {@code asOf}. */
    public OrganisationSearch.Page search(String q, OrganisationSearch.Filters filters, LocalDate asOf, int page, int size) {
        return asOf == null ? store.search(q, filters, page, size) : store.searchAsOf(q, filters, asOf, page, size);
    }

    public Versioned<Organisation> getByRegistrationCode(String code) {
        return store.findByRegistrationCode(code)
                .orElseThrow(() -> new NotFoundException("No organisation with registration code " + code));
    }

    public Versioned<Organisation> changeProfile(String id, long expectedVersion, OrganisationProfile profile,
            LocalDate effectiveOn, String actor) {
        return change(id, expectedVersion, organisation -> organisation.changeProfile(profile, calendar.orToday(effectiveOn),
                rules(), actor));
    }

    public Versioned<Organisation> convert(String id, long expectedVersion, LegalBasis to, String registrationCode,
            LocalDate effectiveOn, String actor) {
        return change(id, expectedVersion, organisation -> List.of(organisation.convert(to, registrationCode,
                calendar.orToday(effectiveOn), rules(), actor)));
    }

    public Versioned<Organisation> suspend(String id, long expectedVersion, String reason, LocalDate effectiveOn, String actor) {
        return change(id, expectedVersion,
                organisation -> List.of(organisation.suspend(reason, calendar.orToday(effectiveOn), rules(), actor)));
    }

    public Versioned<Organisation> resume(String id, long expectedVersion, LocalDate effectiveOn, String actor) {
        return change(id, expectedVersion,
                organisation -> List.of(organisation.resume(calendar.orToday(effectiveOn), rules(), actor)));
    }

    public Versioned<Organisation> dissolve(String id, long expectedVersion, Dissolution kind, String reason,
            LocalDate effectiveOn, String actor) {
        return change(id, expectedVersion,
                organisation -> List.of(organisation.dissolve(kind, reason, calendar.orToday(effectiveOn), rules(), actor)));
    }

    /** The one command path, with the registry's own conflict: a registration code held by another organisation. */
    private Versioned<Organisation> change(String id, long expectedVersion,
            Function<Organisation, List<? extends OrganisationEvent>> command) {
        try {
            return store.change(id, expectedVersion, command);
        } catch (DuplicateKeyException e) {
            throw duplicateCode(store.get(id).aggregate().profile().registrationCode(), e);
        }
    }

    private ConflictException duplicateCode(String code, DuplicateKeyException cause) {
        String holder = code == null ? null : store.findByRegistrationCode(code).map(v -> v.aggregate().id()).orElse(null);
        return new ConflictException(holder == null ? "A unique value is already registered: " + cause.getMostSpecificCause().getMessage()
                : "Registration code " + code + " is already registered to organisation " + holder + ".");
    }

    /** The organisation as it stood on a date; 404 before it was founded. */
    public OrganisationSnapshot snapshot(Organisation organisation, LocalDate asOf) {
        return organisation.asOf(asOf).orElseThrow(() -> new NotFoundException("Organisation "
                + organisation.id() + " did not exist yet on " + asOf + " (founded on "
                + organisation.profileHistory().get(0).effectiveOn() + ")"));
    }

    public Versioned<Organisation> joinValueChain(String id, long expectedVersion, String chain, LocalDate on, String actor) {
        ValueChainCatalogue.ValueChain known = valueChains.find(chain)
                .orElseThrow(() -> new InvalidFieldException("chain", "is not in the value-chain catalogue: " + chain));
        return change(id, expectedVersion, organisation -> List.of(organisation.joinValueChain(known.code(), known.name(),
                calendar.orToday(on), rules(), actor)));
    }

    public Versioned<Organisation> leaveValueChain(String id, long expectedVersion, String chain, LocalDate on, String reason,
            String actor) {
        return change(id, expectedVersion, organisation -> List.of(organisation.leaveValueChain(chain, calendar.orToday(on),
                reason, rules(), actor)));
    }

    public Versioned<Organisation> changeModelStatus(String id, long expectedVersion, ModelStatus next, LocalDate on,
            String actor) {
        if (next.foundedOnModelOf() != null && store.find(next.foundedOnModelOf()).isEmpty()) {
            throw new InvalidFieldException("foundedOnModelOf", "no organisation with id " + next.foundedOnModelOf());
        }
        return change(id, expectedVersion, organisation -> organisation.changeModelStatus(next, calendar.orToday(on), rules(),
                actor));
    }

    private AllianceRules rules() {
        return new AllianceRules(alliance.provinceCode(), currentProvinces, successorOfFormer, calendar.today());
    }
}
