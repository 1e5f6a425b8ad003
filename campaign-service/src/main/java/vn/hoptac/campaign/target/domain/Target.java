package vn.hoptac.campaign.target.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;

/**
 * A target of a plan or of one of its activities: what it counts (a published indicator, filtered,
 * in a window of the plan's period) and the goal. Its progress is computed from the events the
 * indicator reads; the target remembers the actual it last published, and that it was reached and by
 * which event, so {@code target.progressed} follows each move and {@code target.reached} is published
 * once for its terms.
 */
public final class Target {

    private final String id;
    private final String provinceCode;
    private final String planId;
    private final Integer activityNumber;
    private TargetTerms terms;
    private int indicatorVersion;
    private Reaching reached;
    private long actual;

    /** The event that brought the actual to the goal. */
    public record Reaching(String eventId, String eventType, String eventSubject, LocalDate on, long actual) {
    }

    /** The event that moved the actual; none when it was recounted (the target set or changed). */
    public record Move(String eventId, String eventType, String eventSubject, LocalDate on) {
    }

    private Target(String id, String provinceCode, String planId, Integer activityNumber, TargetTerms terms,
            int indicatorVersion, Reaching reached, long actual) {
        this.id = id;
        this.provinceCode = provinceCode;
        this.planId = planId;
        this.activityNumber = activityNumber;
        this.terms = terms;
        this.indicatorVersion = indicatorVersion;
        this.reached = reached;
        this.actual = actual;
    }

    public static Target restore(String id, String provinceCode, String planId, Integer activityNumber, TargetTerms terms,
            int indicatorVersion, Reaching reached, long actual) {
        return new Target(id, provinceCode, planId, activityNumber, terms, indicatorVersion, reached, actual);
    }

    /** A new target and the event that set it. */
    public record Setting(Target target, TargetSet event) {
    }

    /** Sets a target within {@code planPeriod} (the plan's, checked open by the caller). */
    public static Setting set(String id, String planId, Integer activityNumber, Period planPeriod, TargetTerms terms,
            IndicatorRules indicators, String provinceCode, LocalDate on, LocalDate today, String actor) {
        List<FieldError> errors = new ArrayList<>();
        TargetTerms tidy = terms.checked(planPeriod, indicators, errors);
        if (on.isAfter(today)) {
            errors.add(BusinessCalendar.inTheFuture("on", today));
        }
        InvalidFieldException.failOn(errors);
        int version = indicators.versionOf(tidy.indicatorId());
        Target target = new Target(id, provinceCode, planId, activityNumber, tidy, version, null, 0);
        return new Setting(target, new TargetSet(id, provinceCode, on, actor, planId, activityNumber, tidy.indicatorId(), version,
                tidy.filter(), tidy.window().from(), tidy.window().to(), tidy.goal().atLeast(), tidy.goal().atMost()));
    }

    /** Changes the terms; a target reached under its old terms may be reached again under the new ones. */
    public TargetChanged change(TargetTerms changed, Period planPeriod, IndicatorRules indicators, LocalDate on,
            LocalDate today, String actor) {
        List<FieldError> errors = new ArrayList<>();
        TargetTerms tidy = changed.checked(planPeriod, indicators, errors);
        if (on.isAfter(today)) {
            errors.add(BusinessCalendar.inTheFuture("on", today));
        }
        InvalidFieldException.failOn(errors);
        terms = tidy;
        indicatorVersion = indicators.versionOf(tidy.indicatorId());
        reached = null;
        return new TargetChanged(id, provinceCode, on, actor, planId, activityNumber, tidy.indicatorId(), indicatorVersion,
                tidy.filter(), tidy.window().from(), tidy.window().to(), tidy.goal().atLeast(), tidy.goal().atMost());
    }

    /**
     * Records the actual as the indicator now gives it over the whole window, when it moved, so that
     * other alliances follow the target from its events alone; {@code by} is the event that moved it
     * (none for a recount), {@code on} the business date of the move.
     */
    public Optional<TargetProgressed> progress(long newActual, Move by, LocalDate on, String actor) {
        if (newActual == actual) {
            return Optional.empty();
        }
        actual = newActual;
        return Optional.of(new TargetProgressed(id, provinceCode, on, actor, planId, terms.indicatorId(), newActual,
                terms.goal().atLeast(), terms.goal().atMost(), by == null ? null : by.eventId(),
                by == null ? null : by.eventType(), by == null ? null : by.eventSubject()));
    }

    /**
     * Records that the actual reached the goal, by the event {@code by}; nothing when it does not reach it
     * or the target was reached before.
     */
    public Optional<TargetReached> reach(long actual, Reaching by, String actor) {
        if (reached != null || !terms.goal().reachedBy(actual)) {
            return Optional.empty();
        }
        reached = by;
        return Optional.of(new TargetReached(id, provinceCode, by.on(), actor, planId, terms.indicatorId(), actual,
                terms.goal().atLeast(), by.eventId(), by.eventType(), by.eventSubject()));
    }

    public String id() {
        return id;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String planId() {
        return planId;
    }

    public Integer activityNumber() {
        return activityNumber;
    }

    public TargetTerms terms() {
        return terms;
    }

    public int indicatorVersion() {
        return indicatorVersion;
    }

    /** The actual over the whole window as last published ({@code target.progressed}). */
    public long actual() {
        return actual;
    }

    public Optional<Reaching> reached() {
        return Optional.ofNullable(reached);
    }
}
