package vn.hoptac.registry.foundergroup.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.NotFoundException;
import vn.hoptac.plumbing.errors.PreconditionFailedException;
import vn.hoptac.plumbing.errors.UnprocessableException;
import vn.hoptac.registry.foundergroup.domain.FounderGroup;
import vn.hoptac.registry.foundergroup.domain.FounderGroupConversion;
import vn.hoptac.registry.foundergroup.domain.FounderGroupEvent;
import vn.hoptac.registry.foundergroup.messaging.FounderGroupEventTypes;
import vn.hoptac.registry.foundergroup.persistence.FounderGroupDocument;
import vn.hoptac.registry.foundergroup.persistence.FounderGroupStore;
import vn.hoptac.registry.organisation.domain.Sector;

/** The founder groups' use cases: each loads one group, lets it decide, and stores state and events together. */
@Service
public class FounderGroupService {

    /** Concurrent changes to one group are rare: a few fresh reads settle them. */
    private static final int LINK_ATTEMPTS = 5;

    private final FounderGroupStore store;
    private final Alliance alliance;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public FounderGroupService(FounderGroupStore store, Alliance alliance, BusinessCalendar calendar, Clock clock) {
        this.store = store;
        this.alliance = alliance;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A recording's outcome: the group, and whether it is the replay of an earlier identical request. */
    public record Recorded(FounderGroupDocument group, boolean replayed) {
    }

    /**
     * Records a founder group; {@code recordedOn} defaults to today in Vietnam. With an idempotency key,
     * a retry of the same request answers the group it recorded; the same key with another request is refused.
     */
    public Recorded record(String name, String contact, Sector intendedSector, String commune, LocalDate recordedOn,
            String actor, String idempotencyKey, String fingerprint) {
        if (idempotencyKey != null) {
            var earlier = store.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint);
            }
        }
        FounderGroup.Recording recording = FounderGroup.record(UUID.randomUUID().toString(), name, contact, intendedSector,
                commune, recordedOn == null ? calendar.today() : recordedOn, alliance.provinceCode(), calendar.today(), actor);
        FounderGroupDocument document = FounderGroupDocument.recorded(recording.group(), idempotencyKey, fingerprint,
                clock.instant());
        try {
            return new Recorded(store.insert(document, List.of(FounderGroupEventTypes.outgoing(recording.event()))), false);
        } catch (DuplicateKeyException e) {
            // Only the idempotency key is unique: the same request arrived twice at once.
            var concurrent = idempotencyKey == null ? null : store.findByIdempotencyKey(idempotencyKey).orElse(null);
            if (concurrent == null) {
                throw e;
            }
            return replay(concurrent, fingerprint);
        }
    }

    private static Recorded replay(FounderGroupDocument earlier, String fingerprint) {
        if (!earlier.getRequestFingerprint().equals(fingerprint)) {
            throw new UnprocessableException("This Idempotency-Key was already used for a different request.");
        }
        return new Recorded(earlier, true);
    }

    public FounderGroupDocument get(String id) {
        return store.findById(id).orElseThrow(() -> new NotFoundException("No founder group with id " + id));
    }

    public FounderGroupStore.Page list(int page, int size) {
        return store.list(page, size);
    }

    /** Records an advice session held on {@code date} by {@code adviser}. */
    public FounderGroupDocument advise(String id, long expectedVersion, LocalDate date, String topic, String adviser,
            String actor) {
        FounderGroupDocument document = get(id);
        if (document.getVersion() != expectedVersion) {
            throw stale(document);
        }
        FounderGroup group = document.toFounderGroup();
        FounderGroupEvent advised = group.advise(UUID.randomUUID().toString(), date, topic, adviser, alliance.provinceCode(),
                calendar.today(), actor);
        document.copy(group);
        if (!store.update(document, expectedVersion, List.of(FounderGroupEventTypes.outgoing(advised)))) {
            throw stale(get(id));
        }
        return document;
    }

    /** What linking a founder group to the organisation it founded came to. */
    public enum LinkOutcome {
        /** The group now names the organisation; its cooperative-founded event is on its way. */
        LINKED,
        /** The group already named this organisation (a redelivered event): nothing changed. */
        ALREADY_LINKED,
        /** The group founded another organisation before: the link was refused, nothing changed. */
        LINKED_TO_ANOTHER,
        /** No such founder group here: nothing to link. */
        UNKNOWN_GROUP
    }

    /**
     * Links a founder group to the organisation registered as its cooperative, founded on
     * {@code foundedOn}; driven by the organisation's registered event, so safe to repeat.
     */
    public LinkOutcome linkCooperative(String founderGroupId, String organisationId, LocalDate foundedOn, String actor) {
        for (int attempt = 1; ; attempt++) {
            var found = store.findById(founderGroupId);
            if (found.isEmpty()) {
                return LinkOutcome.UNKNOWN_GROUP;
            }
            FounderGroupDocument document = found.get();
            long version = document.getVersion();
            FounderGroup group = document.toFounderGroup();
            List<FounderGroupEvent> events;
            try {
                events = group.foundCooperative(organisationId, foundedOn, alliance.provinceCode(), actor);
            } catch (ConflictException linkedElsewhere) {
                return LinkOutcome.LINKED_TO_ANOTHER;
            }
            if (events.isEmpty()) {
                return LinkOutcome.ALREADY_LINKED;
            }
            document.copy(group);
            if (store.update(document, version, FounderGroupEventTypes.outgoing(events))) {
                return LinkOutcome.LINKED;
            }
            if (attempt >= LINK_ATTEMPTS) {
                throw new IllegalStateException("Founder group " + founderGroupId + " kept changing while linking it to "
                        + organisationId + " (" + attempt + " attempts)");
            }
        }
    }

    /** The conversion of advised founder groups into cooperatives over a period; see {@link FounderGroupConversion}. */
    public FounderGroupConversion conversion(LocalDate from, LocalDate to) {
        return FounderGroupConversion.over(from, to,
                store.advisedBetween(from, to).stream().map(FounderGroupDocument::toFounderGroup).toList());
    }

    private static PreconditionFailedException stale(FounderGroupDocument current) {
        return new PreconditionFailedException("The founder group changed since you read it (it is now at version "
                + current.getVersion() + "): read it again and retry with ETag \"" + current.getVersion() + "\".");
    }
}
