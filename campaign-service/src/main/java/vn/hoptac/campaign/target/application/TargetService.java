package vn.hoptac.campaign.target.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.hoptac.campaign.plan.application.PlanService;
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.campaign.target.domain.Target;
import vn.hoptac.campaign.target.domain.TargetEvent;
import vn.hoptac.campaign.target.domain.TargetTerms;
import vn.hoptac.campaign.target.persistence.CountedContribution;
import vn.hoptac.campaign.target.persistence.CountedContributionStore;
import vn.hoptac.campaign.target.persistence.CountedEvent;
import vn.hoptac.campaign.target.persistence.CountedEventStore;
import vn.hoptac.campaign.target.persistence.TargetDocument;
import vn.hoptac.campaign.target.persistence.TargetLocks;
import vn.hoptac.campaign.target.persistence.TargetStore;
import vn.hoptac.contracts.indicators.Contribution;
import vn.hoptac.contracts.indicators.Indicator;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.outbox.AggregateRepository.Created;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.web.IdempotentRequest;

/**
 * Targets and their progress, by the published indicators. Every event an indicator reads is kept
 * once; what it contributes to each target is kept once per target, and the target's actual moves by
 * the difference it makes to its subject's share of the figure (the figure is a sum over subjects),
 * so counting an event costs the same however many came before. A target set or changed, one whose
 * last writer died midway, and every target at startup is recounted from every kept event.
 */
@Service
public class TargetService {

    public static final String ACTOR = "progress";

    private final TargetStore store;
    private final CountedEventStore events;
    private final CountedContributionStore contributions;
    private final TargetLocks locks;
    private final PlanService plans;
    private final PublishedIndicators indicators;
    private final Alliance alliance;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public TargetService(TargetStore store, CountedEventStore events, CountedContributionStore contributions, TargetLocks locks,
            PlanService plans, PublishedIndicators indicators, Alliance alliance, BusinessCalendar calendar, Clock clock) {
        this.store = store;
        this.events = events;
        this.contributions = contributions;
        this.locks = locks;
        this.plans = plans;
        this.indicators = indicators;
        this.alliance = alliance;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Sets a target of a plan that is not closed, once per idempotency key, and counts what already happened. */
    public Created<Target> set(String planId, Integer activityNumber, TargetTerms terms, LocalDate on, IdempotentRequest request,
            String actor) {
        Period period = plans.get(planId).aggregate().acceptsTargetsFor(activityNumber);
        String id = UUID.randomUUID().toString();
        Target.Setting setting = Target.set(id, planId, activityNumber, period, terms, indicators, alliance.provinceCode(),
                calendar.orToday(on), calendar.today(), actor);
        Created<Target> created = store.create(new TargetDocument(id, clock.instant()), setting.target(),
                List.of(setting.event()), request);
        if (!created.replayed()) {
            locks.holding(id, interrupted -> recount(id, setting.event().effectiveOn()));
        }
        return created;
    }

    /**
     * Changes a target's terms, then recounts it under its lock: a writer that holds the lock meanwhile
     * reads the terms under it, and the recount replaces whatever it counted. A refused change takes no lock.
     */
    public Versioned<Target> change(String id, long version, TargetTerms terms, LocalDate on, String actor) {
        Target current = store.get(id).aggregate();
        Period period = plans.get(current.planId()).aggregate().acceptsTargetsFor(current.activityNumber());
        LocalDate day = calendar.orToday(on);
        store.change(id, version, target -> List.of(target.change(terms, period, indicators, day, calendar.today(), actor)));
        locks.holding(id, interrupted -> recount(id, day));
        return store.get(id);
    }

    public Versioned<Target> get(String id) {
        return store.get(id);
    }

    public List<Versioned<Target>> ofPlan(String planId) {
        plans.get(planId);
        return store.ofPlan(planId);
    }

    /** The target's progress as of {@code asOf} (today in Vietnam when not given). */
    public Progress progress(String id, LocalDate asOf) {
        Target target = store.get(id).aggregate();
        LocalDate day = calendar.orToday(asOf);
        TargetTerms terms = target.terms();
        Indicator.Figure figure = figure(contributionsOf(id), terms, day);
        return Progress.of(id, terms.indicatorId(), terms.window().from(), terms.window().to(), day, figure.value(),
                terms.goal(), ordered(figure.counted()).stream().map(c -> new Progress.CountedView(c.eventId(), c.eventType(),
                        c.subject(), c.businessDate(), c.value())).toList());
    }

    /**
     * Keeps an event an indicator reads (once), then counts it for each target it contributes to. A
     * redelivered event is counted again only where it was not (its contribution's id).
     */
    public void count(CountedEvent event) {
        events.keep(event);
        List<String> reading = indicators.catalog().all().stream().filter(i -> i.eventTypes().contains(event.type()))
                .map(Indicator::id).toList();
        if (reading.isEmpty()) {
            return;
        }
        for (Target target : store.counting(reading)) {
            String targetId = target.id();
            // read after the event was kept: terms changed since are recounted with it, so skipping here loses nothing
            if (contribution(target, event).isPresent()) {
                locks.holding(targetId, interrupted -> {
                    if (interrupted) {
                        recount(targetId, calendar.today());
                    } else {
                        countOne(targetId, event);
                    }
                });
            }
        }
    }

    /**
     * At startup: recounts every target from the kept events, so one this instance was killed while
     * setting, changing or counting is right again (another instance's writer finds the lock's mark).
     */
    public void recountAll() {
        Set<String> all = indicators.catalog().all().stream().map(Indicator::id).collect(Collectors.toSet());
        for (Target target : store.counting(all)) {
            locks.holding(target.id(), interrupted -> recount(target.id(), calendar.today()));
        }
    }

    /** Counts one event for one target, holding its lock. */
    private void countOne(String targetId, CountedEvent event) {
        Target target = store.current(targetId);
        Optional<Contribution> found = contribution(target, event);
        if (found.isEmpty()) {
            return;
        }
        Contribution c = found.get();
        // an ADD counts on its own; a START or REPLACE with the subject's other contributions (read before adding this one)
        List<Contribution> before = c.mode() == Contribution.Mode.ADD ? List.of()
                : contributions.ofSubject(targetId, c.subject()).stream().map(CountedContribution::contribution)
                        .filter(other -> !other.eventId().equals(c.eventId())).toList();
        if (!contributions.add(CountedContribution.of(targetId, c, event.receivedAt()))) {
            return; // counted before: a redelivery
        }
        List<Contribution> after = new ArrayList<>(before);
        after.add(c);
        LocalDate end = target.terms().window().to();
        long moved = figure(after, target.terms(), end).value() - figure(before, target.terms(), end).value();
        follow(targetId, target.actual() + moved, new Target.Move(c.eventId(), c.eventType(), c.subject(), c.businessDate()),
                c.businessDate());
    }

    /** Recounts a target from every kept event under its terms as they stand, holding its lock. */
    private void recount(String targetId, LocalDate on) {
        Target target = store.get(targetId).aggregate();
        Indicator indicator = indicators.get(target.terms().indicatorId());
        List<CountedContribution> all = events.ofTypes(indicator.eventTypes()).stream()
                .flatMap(e -> contribution(target, e).map(c -> CountedContribution.of(targetId, c, e.receivedAt())).stream())
                .toList();
        contributions.replace(targetId, all);
        long actual = figure(all.stream().map(CountedContribution::contribution).toList(), target.terms(),
                target.terms().window().to()).value();
        follow(targetId, actual, null, on);
    }

    /** Publishes the actual when it moved, and {@code target.reached} once when it reaches the goal. */
    private void follow(String targetId, long actual, Target.Move by, LocalDate on) {
        store.changeLatest(targetId, t -> {
            List<TargetEvent> published = new ArrayList<>();
            t.progress(actual, by, on, ACTOR).ifPresent(published::add);
            if (t.reached().isEmpty() && t.terms().goal().reachedBy(actual)) {
                Indicator.Figure figure = figure(contributionsOf(targetId), t.terms(), t.terms().window().to());
                reaching(ordered(figure.counted()), t.terms().goal().atLeast(), actual)
                        .flatMap(reaching -> t.reach(actual, reaching, ACTOR)).ifPresent(published::add);
            }
            return published;
        });
    }

    private Optional<Contribution> contribution(Target target, CountedEvent e) {
        return indicators.get(target.terms().indicatorId()).contribution(e.eventId(), e.type(), e.subject(), e.data(),
                target.terms().filter());
    }

    private List<Contribution> contributionsOf(String targetId) {
        return contributions.ofTarget(targetId).stream().map(CountedContribution::contribution).toList();
    }

    private static Indicator.Figure figure(List<Contribution> contributions, TargetTerms terms, LocalDate asOf) {
        return Indicator.figure(contributions, terms.window().from(), terms.window().to(), asOf);
    }

    private static List<Contribution> ordered(List<Contribution> counted) {
        return counted.stream().sorted(Comparator.comparing(Contribution::businessDate).thenComparing(Contribution::eventId))
                .toList();
    }

    /** The counted event at which the running total reached {@code goal}; the last one when corrections blur the sum. */
    private static Optional<Target.Reaching> reaching(List<Contribution> ordered, long goal, long actual) {
        long total = 0;
        for (Contribution c : ordered) {
            total += c.value();
            if (total >= goal) {
                return Optional.of(new Target.Reaching(c.eventId(), c.eventType(), c.subject(), c.businessDate(), actual));
            }
        }
        return ordered.isEmpty() ? Optional.empty() : Optional.of(last(ordered, actual));
    }

    private static Target.Reaching last(List<Contribution> ordered, long actual) {
        Contribution c = ordered.get(ordered.size() - 1);
        return new Target.Reaching(c.eventId(), c.eventType(), c.subject(), c.businessDate(), actual);
    }
}
