package vn.hoptac.registry.membership.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.UnprocessableException;
import vn.hoptac.plumbing.idempotency.IdempotencyKeys;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.web.IdempotentRequest;
import vn.hoptac.registry.membership.domain.Membership;
import vn.hoptac.registry.membership.domain.Refusal;
import vn.hoptac.registry.membership.persistence.MembershipStore;
import vn.hoptac.registry.organisation.application.OrganisationService;
import vn.hoptac.registry.organisation.domain.Organisation;

/**
 * The alliance's admissions and memberships. A batch admits each organisation by its own command on
 * its own membership (one document per change: the store has no multi-document transactions), so a
 * batch can partly succeed; the answer says what happened to each organisation.
 */
@Service
public class MembershipService {

    private final MembershipStore store;
    private final OrganisationService organisations;
    private final Alliance alliance;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final IdempotencyKeys keys;

    public MembershipService(MembershipStore store, OrganisationService organisations, Alliance alliance,
            BusinessCalendar calendar, Clock clock, IdempotencyKeys keys) {
        this.store = store;
        this.organisations = organisations;
        this.alliance = alliance;
        this.calendar = calendar;
        this.clock = clock;
        this.keys = keys;
    }

    /** What a batch did to one organisation: admitted (with its membership) or refused (with why). */
    public record AdmissionResult(String organisationId, String membershipId, Refusal refusal) {

        public boolean admitted() {
            return refusal == null;
        }
    }

    /**
     * Admits each organisation in {@code batch} as of {@code admittedOn}. With an idempotency key, a
     * retried batch answers the memberships it already created instead of admitting anyone twice; the
     * same key with another batch is refused.
     */
    public List<AdmissionResult> admitBatch(String batch, LocalDate admittedOn, List<String> organisationIds,
            IdempotentRequest request, String actor) {
        String idempotencyKey = request.key();
        String fingerprint = request.fingerprint();
        String label = Membership.checkBatch(batch, admittedOn, calendar.today());
        Map<String, MembershipStore.BatchAdmission> earlier = Map.of();
        if (idempotencyKey != null) {
            // Bound before anyone is admitted, so a batch that admits nobody has still used its key.
            keys.claim("membership-batches", idempotencyKey, fingerprint);
            List<MembershipStore.BatchAdmission> admittedBefore = store.findByIdempotencyKey(idempotencyKey);
            if (admittedBefore.stream().anyMatch(m -> !m.batchFingerprint().equals(fingerprint))) {
                throw new UnprocessableException("This Idempotency-Key was already used for a different batch.");
            }
            earlier = admittedBefore.stream().collect(Collectors.toMap(MembershipStore.BatchAdmission::organisationId,
                    Function.identity(), (first, second) -> first));
        }
        List<AdmissionResult> results = new ArrayList<>(organisationIds.size());
        for (String organisationId : organisationIds) {
            MembershipStore.BatchAdmission replayed = earlier.get(organisationId);
            results.add(replayed != null ? new AdmissionResult(organisationId, replayed.membershipId(), null)
                    : admit(organisationId, label, admittedOn, actor, idempotencyKey, fingerprint));
        }
        return results;
    }

    private AdmissionResult admit(String organisationId, String batch, LocalDate admittedOn, String actor,
            String idempotencyKey, String fingerprint) {
        Optional<Refusal> refusal = refusal(organisationId, admittedOn);
        if (refusal.isPresent()) {
            return new AdmissionResult(organisationId, null, refusal.get());
        }
        Membership.Admission admission = Membership.admit(UUID.randomUUID().toString(), organisationId, batch, admittedOn,
                alliance.provinceCode(), calendar.today(), actor);
        try {
            return new AdmissionResult(organisationId, store.admit(admission, idempotencyKey, fingerprint, clock.instant()), null);
        } catch (DuplicateKeyException concurrentAdmission) {
            // Another request admitted it between our read and our write: the same retried batch, or another.
            if (idempotencyKey != null) {
                var same = store.findByIdempotencyKey(idempotencyKey).stream()
                        .filter(m -> m.organisationId().equals(organisationId)).findFirst();
                if (same.isPresent()) {
                    return new AdmissionResult(organisationId, same.get().membershipId(), null);
                }
            }
            return new AdmissionResult(organisationId, null, refusal(organisationId, admittedOn).orElseThrow(
                    () -> new ConflictException("Organisation " + organisationId + " was being admitted by another request.")));
        }
    }

    private Optional<Refusal> refusal(String organisationId, LocalDate admittedOn) {
        Organisation organisation = organisations.find(organisationId).orElse(null);
        List<Membership> memberships = store.findByOrganisation(organisationId);
        return Membership.refusal(organisationId, organisation, memberships, admittedOn);
    }

    public Versioned<Membership> get(String id) {
        return store.get(id);
    }

    /** Ends a membership on {@code endedOn}, today in Vietnam when not given. */
    public Versioned<Membership> end(String id, long expectedVersion, LocalDate endedOn, String reason, String actor) {
        return store.change(id, expectedVersion, membership -> List.of(membership.end(calendar.orToday(endedOn), reason,
                alliance.provinceCode(), calendar.today(), actor)));
    }

    /** The alliance's members on a date: the memberships in force then. */
    public record Members(LocalDate asOf, List<Membership> memberships) {
    }

    /** The members on {@code asOf}, today in Vietnam when not given. */
    public Members membersOn(LocalDate asOf) {
        LocalDate date = calendar.orToday(asOf);
        return new Members(date, store.membersOn(date));
    }

}
