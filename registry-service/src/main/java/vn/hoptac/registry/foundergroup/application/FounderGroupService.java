package vn.hoptac.registry.foundergroup.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.web.IdempotentRequest;
import vn.hoptac.registry.foundergroup.domain.FounderGroup;
import vn.hoptac.registry.foundergroup.domain.FounderGroupConversion;
import vn.hoptac.registry.foundergroup.domain.FounderGroupEvent;
import vn.hoptac.registry.foundergroup.persistence.FounderGroupDocument;
import vn.hoptac.registry.foundergroup.persistence.FounderGroupStore;
import vn.hoptac.registry.organisation.domain.Sector;

/** The founder groups' use cases: each loads one group, lets it decide, and stores state and events together. */
@Service
public class FounderGroupService {

    /** Concurrent changes to one group are rare: a few fresh reads settle them. */

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
    public record Recorded(Versioned<FounderGroup> group, boolean replayed) {
    }

    /**
     * Records a founder group; {@code recordedOn} defaults to today in Vietnam. With an idempotency key,
     * a retry of the same request answers the group it recorded; the same key with another request is refused.
     */
    public Recorded record(String name, String contact, Sector intendedSector, String commune, LocalDate recordedOn,
            IdempotentRequest request, String actor) {
        FounderGroup.Recording recording = FounderGroup.record(UUID.randomUUID().toString(), name, contact, intendedSector,
                commune, calendar.orToday(recordedOn), alliance.provinceCode(), calendar.today(), actor);
        var created = store.create(FounderGroupDocument.recorded(recording.group(), clock.instant()), recording.group(),
                List.of(recording.event()), request);
        return new Recorded(created.aggregate(), created.replayed());
    }

    public Versioned<FounderGroup> get(String id) {
        return store.get(id);
    }

    public FounderGroupStore.Page list(int page, int size) {
        return store.list(page, size);
    }

    /** Records an advice session held on {@code date} by {@code adviser}. */
    public Versioned<FounderGroup> advise(String id, long expectedVersion, LocalDate date, String topic, String adviser,
            String actor) {
        return store.change(id, expectedVersion, group -> List.of(group.advise(UUID.randomUUID().toString(), date, topic,
                adviser, alliance.provinceCode(), calendar.today(), actor)));
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
        if (store.find(founderGroupId).isEmpty()) {
            return LinkOutcome.UNKNOWN_GROUP;
        }
        java.util.concurrent.atomic.AtomicReference<LinkOutcome> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        store.changeLatest(founderGroupId, group -> {
            try {
                List<FounderGroupEvent> events = group.foundCooperative(organisationId, foundedOn, alliance.provinceCode(), actor);
                outcome.set(events.isEmpty() ? LinkOutcome.ALREADY_LINKED : LinkOutcome.LINKED);
                return events;
            } catch (ConflictException linkedElsewhere) {
                outcome.set(LinkOutcome.LINKED_TO_ANOTHER);
                return List.of();
            }
        });
        return outcome.get();
    }

    /** The conversion of advised founder groups into cooperatives over a period; see {@link FounderGroupConversion}. */
    public FounderGroupConversion conversion(LocalDate from, LocalDate to) {
        return FounderGroupConversion.over(from, to,
                store.advisedBetween(from, to));
    }

}
