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
 * indicator reads, never stored as a number; the target remembers only that it was reached, and by
 * which event, so {@code target.reached} is published once for its terms.
 */
public final class Target {

    private final String id;
    private final String provinceCode;
    private final String planId;
    private final Integer activityNumber;
    private TargetTerms terms;
    private int indicatorVersion;
    private Reaching reached;

    /** The event that brought the actual to the goal. */
    public record Reaching(String eventId, String eventType, String eventSubject, LocalDate on, long actual) {
    }

    private Target(String id, String provinceCode, String planId, Integer activityNumber, TargetTerms terms,
            int indicatorVersion, Reaching reached) {
        this.id = id;
        this.provinceCode = provinceCode;
        this.planId = planId;
        this.activityNumber = activityNumber;
        this.terms = terms;
        this.indicatorVersion = indicatorVersion;
        this.reached = reached;
    }

    public static Target restore(String id, String provinceCode, String planId, Integer activityNumber, TargetTerms terms,
            int indicatorVersion, Reaching reached) {
        return new Target(id, provinceCode, planId, activityNumber, terms, indicatorVersion, reached);
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
        Target target = new Target(id, provinceCode, planId, activityNumber, tidy, version, null);
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

    public Optional<Reaching> reached() {
        return Optional.ofNullable(reached);
    }
}
