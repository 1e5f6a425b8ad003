package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;
import vn.hoptac.plumbing.errors.NotFoundException;

/**
 * A plan of the alliance (kế hoạch): drafted, issued under its number, closed with an assessment. Its
 * numbered activities are part of it, so an activity's number is unique in its plan and its window lies
 * in the plan's period by one rule, checked in one place. Every transition checks its rule and returns
 * the events it causes; a refused one changes nothing.
 */
public final class Plan {

    /** A plan's number as alliances write it: "123/KH-LMHTX", "70/KH-BTVLMHTXVN". */
    public static final Pattern NUMBER = Pattern.compile("^[0-9]{1,6}/[\\p{L}\\p{N}][\\p{L}\\p{N}./-]{0,40}$");
    static final int MAX_ACTIVITY_NUMBER = 999;
    static final int MAX_ACTIVITIES = 200;

    private final String id;
    private final String provinceCode;
    private PlanHeading heading;
    private PlanStatus status;
    private final LocalDate draftedOn;
    private String number;
    private LocalDate issuedOn;
    private LocalDate closedOn;
    private String assessment;
    private final List<Activity> activities;

    private Plan(String id, String provinceCode, PlanHeading heading, PlanStatus status, LocalDate draftedOn, String number,
            LocalDate issuedOn, LocalDate closedOn, String assessment, List<Activity> activities) {
        this.id = id;
        this.provinceCode = provinceCode;
        this.heading = heading;
        this.status = status;
        this.draftedOn = draftedOn;
        this.number = number;
        this.issuedOn = issuedOn;
        this.closedOn = closedOn;
        this.assessment = assessment;
        this.activities = new ArrayList<>(activities);
        this.activities.sort(Comparator.comparingInt(Activity::number));
    }

    /** Rebuilds a plan from what was stored. */
    public static Plan restore(String id, String provinceCode, PlanHeading heading, PlanStatus status, LocalDate draftedOn,
            String number, LocalDate issuedOn, LocalDate closedOn, String assessment, List<Activity> activities) {
        return new Plan(id, provinceCode, heading, status, draftedOn, number, issuedOn, closedOn, assessment,
                activities == null ? List.of() : activities);
    }

    /** A new plan and the event that drafted it. */
    public record Drafting(Plan plan, PlanDrafted event) {
    }

    /** Drafts a plan on {@code on} (not after {@code today}). */
    public static Drafting draft(String id, PlanHeading heading, String provinceCode, LocalDate on, LocalDate today,
            String actor) {
        List<FieldError> errors = new ArrayList<>();
        PlanHeading tidy = heading.checked(errors);
        if (on.isAfter(today)) {
            errors.add(BusinessCalendar.inTheFuture("draftedOn", today));
        }
        InvalidFieldException.failOn(errors);
        Plan plan = new Plan(id, provinceCode, tidy, PlanStatus.DRAFTED, on, null, null, null, null, List.of());
        return new Drafting(plan, new PlanDrafted(id, provinceCode, on, actor, tidy.kind(), tidy.title(), tidy.theme(),
                tidy.period().from(), tidy.period().to(), from(tidy.peak()), to(tidy.peak()), tidy.implementsPlanNumber()));
    }

    /** Changes a drafted plan's heading; its activities must still fit the period. */
    public PlanAmended amend(PlanHeading amended, LocalDate on, LocalDate today, String actor) {
        requireStatus("change the heading of", PlanStatus.DRAFTED);
        List<FieldError> errors = new ArrayList<>();
        PlanHeading tidy = amended.checked(errors);
        checkDated("on", on, draftedOn, today, errors);
        if (errors.isEmpty()) {
            for (Activity activity : activities) {
                if (!tidy.period().contains(activity.terms().window())) {
                    errors.add(new FieldError("periodFrom", "leaves activity " + activity.number() + " ("
                            + activity.terms().window() + ") outside the plan's period " + tidy.period()));
                }
            }
        }
        InvalidFieldException.failOn(errors);
        heading = tidy;
        return new PlanAmended(id, provinceCode, on, actor, tidy.kind(), tidy.title(), tidy.theme(), tidy.period().from(),
                tidy.period().to(), from(tidy.peak()), to(tidy.peak()), tidy.implementsPlanNumber());
    }

    /** Issues the plan under its number on {@code issuedOn}. */
    public PlanIssued issue(String planNumber, LocalDate on, LocalDate today, String actor) {
        requireStatus("issue", PlanStatus.DRAFTED);
        List<FieldError> errors = new ArrayList<>();
        String tidyNumber = Texts.tidy(planNumber);
        if (tidyNumber == null || !NUMBER.matcher(tidyNumber).matches()) {
            errors.add(new FieldError("number", "must be a plan number as the alliance writes it, e.g. 123/KH-LMHTX"));
        }
        if (on.isAfter(today)) {
            errors.add(BusinessCalendar.inTheFuture("issuedOn", today));
        }
        InvalidFieldException.failOn(errors);
        status = PlanStatus.ISSUED;
        number = tidyNumber;
        issuedOn = on;
        return new PlanIssued(id, provinceCode, on, actor, heading.kind(), tidyNumber);
    }

    /** Closes an issued plan with its assessment; from then on it is read-only. */
    public PlanClosed close(String closingAssessment, LocalDate on, LocalDate today, String actor) {
        requireStatus("close", PlanStatus.ISSUED);
        List<FieldError> errors = new ArrayList<>();
        String tidy = Texts.required("assessment", closingAssessment, 5000, errors);
        checkDated("closedOn", on, issuedOn, today, errors);
        InvalidFieldException.failOn(errors);
        status = PlanStatus.CLOSED;
        closedOn = on;
        assessment = tidy;
        return new PlanClosed(id, provinceCode, on, actor, tidy);
    }

    /** Adds activity {@code activityNumber}; its number is new in the plan and its window lies in the period. */
    public ActivityAdded addActivity(int activityNumber, ActivityTerms terms, ProvinceRules provinces, LocalDate on,
            LocalDate today, String actor) {
        requireOpen();
        List<FieldError> errors = new ArrayList<>();
        if (activityNumber < 1 || activityNumber > MAX_ACTIVITY_NUMBER) {
            errors.add(new FieldError("number", "must be 1 to " + MAX_ACTIVITY_NUMBER));
        } else if (activity(activityNumber).isPresent()) {
            errors.add(new FieldError("number", "is already activity " + activityNumber + " of this plan ("
                    + activity(activityNumber).get().terms().title() + ")"));
        }
        if (activities.size() >= MAX_ACTIVITIES) {
            errors.add(new FieldError("number", "this plan already has " + MAX_ACTIVITIES + " activities, the most it may have"));
        }
        ActivityTerms tidy = terms.checked(heading.period(), provinces, errors);
        checkDated("on", on, draftedOn, today, errors);
        InvalidFieldException.failOn(errors);
        activities.add(Activity.planned(activityNumber, tidy, new ActivityChange(ActivityChange.Kind.ADDED, on, actor, null)));
        activities.sort(Comparator.comparingInt(Activity::number));
        return new ActivityAdded(id, provinceCode, on, actor, activityNumber, tidy.title(), tidy.category(),
                tidy.window().from(), tidy.window().to(), tidy.place().commune(), tidy.place().provinceCode(),
                tidy.place().formerProvinceCode(), tidy.responsibleUnit());
    }

    /** Amends an open activity's terms. */
    public ActivityAmended amendActivity(int activityNumber, ActivityTerms terms, ProvinceRules provinces, LocalDate on,
            LocalDate today, String actor) {
        requireOpen();
        Activity activity = require(activityNumber);
        if (!activity.status().isOpen()) {
            throw new ConflictException("Activity " + activityNumber + " is " + activity.status()
                    + ": only a planned or running activity can be amended.");
        }
        List<FieldError> errors = new ArrayList<>();
        ActivityTerms tidy = terms.checked(heading.period(), provinces, errors);
        checkDated("on", on, activity.lastChangedOn(), today, errors);
        InvalidFieldException.failOn(errors);
        activity.amend(tidy, today, new ActivityChange(ActivityChange.Kind.AMENDED, on, actor, null));
        return new ActivityAmended(id, provinceCode, on, actor, activityNumber, tidy.title(), tidy.category(),
                tidy.window().from(), tidy.window().to(), tidy.place().commune(), tidy.place().provinceCode(),
                tidy.place().formerProvinceCode(), tidy.responsibleUnit());
    }

    /** A planned activity of an issued plan starts. */
    public ActivityStarted startActivity(int activityNumber, LocalDate on, LocalDate today, String actor) {
        Activity activity = requireRunning(activityNumber, "start", ActivityStatus.PLANNED);
        List<FieldError> errors = new ArrayList<>();
        checkDated("on", on, activity.lastChangedOn(), today, errors);
        InvalidFieldException.failOn(errors);
        activity.start(new ActivityChange(ActivityChange.Kind.STARTED, on, actor, null));
        return new ActivityStarted(id, provinceCode, on, actor, activityNumber);
    }

    /** A running activity is done, with a short result. A planned one is started first: no step is skipped. */
    public ActivityCompleted completeActivity(int activityNumber, String outcome, LocalDate on, LocalDate today,
            String actor) {
        Activity activity = requireRunning(activityNumber, "complete", ActivityStatus.IN_PROGRESS);
        List<FieldError> errors = new ArrayList<>();
        String tidy = Texts.required("result", outcome, 2000, errors);
        checkDated("on", on, activity.lastChangedOn(), today, errors);
        InvalidFieldException.failOn(errors);
        activity.complete(on, tidy, new ActivityChange(ActivityChange.Kind.COMPLETED, on, actor, tidy));
        return new ActivityCompleted(id, provinceCode, on, actor, activityNumber, tidy, activity.terms().category());
    }

    /** A planned or running activity is cancelled, with the reason. */
    public ActivityCancelled cancelActivity(int activityNumber, String reason, LocalDate on, LocalDate today,
            String actor) {
        Activity activity = requireRunning(activityNumber, "cancel", ActivityStatus.PLANNED, ActivityStatus.IN_PROGRESS);
        List<FieldError> errors = new ArrayList<>();
        String tidy = Texts.required("reason", reason, 1000, errors);
        checkDated("on", on, activity.lastChangedOn(), today, errors);
        InvalidFieldException.failOn(errors);
        activity.cancel(on, tidy, new ActivityChange(ActivityChange.Kind.CANCELLED, on, actor, tidy));
        return new ActivityCancelled(id, provinceCode, on, actor, activityNumber, tidy);
    }

    /**
     * The daily check on a business date: every activity of an issued plan still open after its window
     * closed is marked overdue, once. A plan not issued, or already marked, gives nothing, so a rerun is harmless.
     */
    public List<PlanEvent> markOverdue(LocalDate businessDate, String actor) {
        if (status != PlanStatus.ISSUED) {
            return List.of();
        }
        List<PlanEvent> events = new ArrayList<>();
        for (Activity activity : activities) {
            if (activity.fallsOverdueOn(businessDate)) {
                activity.markOverdue(new ActivityChange(ActivityChange.Kind.OVERDUE, businessDate, actor, null));
                events.add(new ActivityOverdue(id, provinceCode, businessDate, actor, activity.number(),
                        activity.terms().window().to(), activity.status()));
            }
        }
        return events;
    }

    /**
     * The period within which a class, conference or publication of activity {@code activityNumber} is
     * recorded: the activity must be in this plan, the plan issued and the activity not cancelled.
     */
    public Period acceptsRecordsFor(int activityNumber) {
        requireStatus("record what happened for an activity of", PlanStatus.ISSUED);
        Activity activity = require(activityNumber);
        if (activity.status() == ActivityStatus.CANCELLED) {
            throw new ConflictException("Activity " + activityNumber + " of plan " + describe() + " was cancelled ("
                    + activity.cancelReason() + ").");
        }
        return heading.period();
    }

    /** The period a target of this plan (or of activity {@code activityNumber}) lies in; a closed plan takes none. */
    public Period acceptsTargetsFor(Integer activityNumber) {
        requireOpen();
        if (activityNumber != null) {
            require(activityNumber);
        }
        return heading.period();
    }

    /** Open activities marked overdue. */
    public long overdueActivities() {
        return activities.stream().filter(Activity::overdue).count();
    }

    public Optional<Activity> activity(int activityNumber) {
        return activities.stream().filter(a -> a.number() == activityNumber).findFirst();
    }

    /** Activity {@code activityNumber}, or a 404 naming it. */
    public Activity require(int activityNumber) {
        return activity(activityNumber).orElseThrow(() -> new NotFoundException("Plan " + id + " has no activity "
                + activityNumber + "."));
    }

    private Activity requireRunning(int activityNumber, String action, ActivityStatus... allowed) {
        requireStatus(action + " an activity of", PlanStatus.ISSUED);
        Activity activity = require(activityNumber);
        for (ActivityStatus candidate : allowed) {
            if (activity.status() == candidate) {
                return activity;
            }
        }
        String hint = activity.status() == ActivityStatus.PLANNED && action.equals("complete")
                ? " Start it first: an activity is in progress before it is done." : "";
        throw new ConflictException("Cannot " + action + " activity " + activityNumber + ": it is " + activity.status()
                + "." + hint);
    }

    private void requireOpen() {
        if (status == PlanStatus.CLOSED) {
            throw new ConflictException("Plan " + describe() + " is CLOSED (on " + closedOn + "): a closed plan is read-only.");
        }
    }

    private void requireStatus(String action, PlanStatus allowed) {
        if (status != allowed) {
            throw new ConflictException("Cannot " + action + " plan " + describe() + ": it is " + status + ".");
        }
    }

    private String describe() {
        return number == null ? id : number;
    }

    /** A change is dated on or after {@code notBefore} and not in the future. */
    private static void checkDated(String field, LocalDate on, LocalDate notBefore, LocalDate today, List<FieldError> errors) {
        if (on.isAfter(today)) {
            errors.add(BusinessCalendar.inTheFuture(field, today));
        } else if (notBefore != null && on.isBefore(notBefore)) {
            errors.add(new FieldError(field, "is before the last recorded step (" + notBefore + ")"));
        }
    }

    private static LocalDate from(Period period) {
        return period == null ? null : period.from();
    }

    private static LocalDate to(Period period) {
        return period == null ? null : period.to();
    }

    public String id() {
        return id;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public PlanHeading heading() {
        return heading;
    }

    public PlanStatus status() {
        return status;
    }

    public LocalDate draftedOn() {
        return draftedOn;
    }

    public String number() {
        return number;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String assessment() {
        return assessment;
    }

    public List<Activity> activities() {
        return List.copyOf(activities);
    }
}
