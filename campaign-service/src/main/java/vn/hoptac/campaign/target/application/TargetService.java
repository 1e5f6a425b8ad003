package vn.hoptac.campaign.target.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.hoptac.campaign.plan.application.PlanService;
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.campaign.target.domain.Target;
import vn.hoptac.campaign.target.domain.TargetTerms;
import vn.hoptac.campaign.target.persistence.CountedEvent;
import vn.hoptac.campaign.target.persistence.CountedEventStore;
import vn.hoptac.campaign.target.persistence.TargetDocument;
import vn.hoptac.campaign.target.persistence.TargetStore;
import vn.hoptac.contracts.indicators.Contribution;
import vn.hoptac.contracts.indicators.Indicator;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.outbox.AggregateRepository.Created;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.web.IdempotentRequest;

/**
 * Targets and their progress. Progress is never a stored number: it is computed, by the published
 * indicator, from the events kept as they arrived, so a redelivered event counts once, a back-dated
 * one counts in its own window, and a target set later counts what had already happened.
 */
@Service
public class TargetService {

    public static final String ACTOR = "progress";

    private final TargetStore store;
    private final CountedEventStore events;
    private final PlanService plans;
    private final PublishedIndicators indicators;
    private final Alliance alliance;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public TargetService(TargetStore store, CountedEventStore events, PlanService plans, PublishedIndicators indicators,
            Alliance alliance, BusinessCalendar calendar, Clock clock) {
        this.store = store;
        this.events = events;
        this.plans = plans;
        this.indicators = indicators;
        this.alliance = alliance;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Sets a target of a plan that is not closed, once per idempotency key; then checks whether it is reached already. */
    public Created<Target> set(String planId, Integer activityNumber, TargetTerms terms, LocalDate on, IdempotentRequest request,
            String actor) {
        Period period = plans.get(planId).aggregate().acceptsTargetsFor(activityNumber);
        String id = UUID.randomUUID().toString();
        Target.Setting setting = Target.set(id, planId, activityNumber, period, terms, indicators, alliance.provinceCode(),
                calendar.orToday(on), calendar.today(), actor);
        Created<Target> created = store.create(new TargetDocument(id, clock.instant()), setting.target(),
                List.of(setting.event()), request);
        checkReached(created.aggregate().aggregate().id());
        return created;
    }

    public Versioned<Target> change(String id, long version, TargetTerms terms, LocalDate on, String actor) {
        Target current = store.get(id).aggregate();
        Period period = plans.get(current.planId()).aggregate().acceptsTargetsFor(current.activityNumber());
        store.change(id, version, target -> List.of(target.change(terms, period, indicators, calendar.orToday(on),
                calendar.today(), actor)));
        checkReached(id);
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
        Indicator.Figure figure = figure(target, day);
        TargetTerms terms = target.terms();
        return Progress.of(id, terms.indicatorId(), terms.window().from(), terms.window().to(), day, figure.value(),
                terms.goal(), ordered(figure.counted()).stream().map(c -> new Progress.CountedView(c.eventId(), c.eventType(),
                        c.subject(), c.businessDate(), c.value())).toList());
    }

    /**
     * Keeps an event an indicator reads (once), then checks the open targets it counts for. A redelivered
     * event was checked when it first came, unless the service stopped in between: {@link #checkOpenTargets}
     * at startup covers that, so a redelivery costs no recount.
     */
    public void count(CountedEvent event) {
        if (!events.keep(event)) {
            return;
        }
        Map<String, Indicator> reading = indicators.catalog().all().stream().filter(i -> i.eventTypes().contains(event.type()))
                .collect(Collectors.toMap(Indicator::id, i -> i));
        if (reading.isEmpty()) {
            return;
        }
        for (String targetId : store.openCounting(reading.keySet())) {
            Target target = store.get(targetId).aggregate();
            Indicator indicator = reading.get(target.terms().indicatorId());
            if (indicator.contribution(event.eventId(), event.type(), event.subject(), event.data(), target.terms().filter())
                    .isPresent()) {
                checkReached(targetId);
            }
        }
    }

    /** Checks every open target: at startup, for events kept just before the service stopped. */
    public void checkOpenTargets() {
        Set<String> all = indicators.catalog().all().stream().map(Indicator::id).collect(Collectors.toSet());
        store.openCounting(all).forEach(this::checkReached);
    }

    /**
     * Publishes {@code target.reached} once when everything known so far in the window reaches the goal,
     * naming the event at which the running total (in business-date order) reached it.
     */
    void checkReached(String targetId) {
        Target target = store.get(targetId).aggregate();
        if (target.reached().isPresent()) {
            return;
        }
        Indicator.Figure figure = figure(target, target.terms().window().to());
        if (!target.terms().goal().reachedBy(figure.value())) {
            return;
        }
        Optional<Target.Reaching> by = reaching(ordered(figure.counted()), target.terms().goal().atLeast(), figure.value());
        by.ifPresent(reaching -> store.changeLatest(targetId, t -> t.reach(figure.value(), reaching, ACTOR).map(List::of)
                .orElse(List.of())));
    }

    private Indicator.Figure figure(Target target, LocalDate asOf) {
        Indicator indicator = indicators.get(target.terms().indicatorId());
        List<Contribution> contributions = events.ofTypes(indicator.eventTypes()).stream()
                .flatMap(e -> indicator.contribution(e.eventId(), e.type(), e.subject(), e.data(), target.terms().filter()).stream())
                .toList();
        return Indicator.figure(contributions, target.terms().window().from(), target.terms().window().to(), asOf);
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
