package vn.hoptac.campaign.publication.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.campaign.plan.domain.Texts;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;

/**
 * A newsletter issue (Bản tin Kinh tế hợp tác số 44) or press page planned for an activity, prepared
 * within a window of the plan's period, then published once. A newsletter issue's number is unique in
 * the alliance (the store keeps it so); a press page names its outlet.
 */
public final class Publication {

    public static final int MAX_ISSUE_NUMBER = 100_000;

    private final String id;
    private final String provinceCode;
    private final String planId;
    private final int activityNumber;
    private final PublicationKind kind;
    private final String title;
    private final Integer issueNumber;
    private final String outlet;
    private final Period preparation;
    private LocalDate publishedOn;

    private Publication(String id, String provinceCode, String planId, int activityNumber, PublicationKind kind, String title,
            Integer issueNumber, String outlet, Period preparation, LocalDate publishedOn) {
        this.id = id;
        this.provinceCode = provinceCode;
        this.planId = planId;
        this.activityNumber = activityNumber;
        this.kind = kind;
        this.title = title;
        this.issueNumber = issueNumber;
        this.outlet = outlet;
        this.preparation = preparation;
        this.publishedOn = publishedOn;
    }

    public static Publication restore(String id, String provinceCode, String planId, int activityNumber, PublicationKind kind,
            String title, Integer issueNumber, String outlet, Period preparation, LocalDate publishedOn) {
        return new Publication(id, provinceCode, planId, activityNumber, kind, title, issueNumber, outlet, preparation,
                publishedOn);
    }

    /** A new publication and the event that recorded it. */
    public record Recording(Publication publication, PublicationRecorded event) {
    }

    /** Records a publication of activity {@code activityNumber}, prepared within the plan's period. */
    public static Recording record(String id, String planId, int activityNumber, Period planPeriod, PublicationKind kind,
            String title, Integer issueNumber, String outlet, Period preparation, String provinceCode, LocalDate today,
            String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "is required"));
        }
        String tidyTitle = Texts.required("title", title, 500, errors);
        String tidyOutlet = Texts.optional("outlet", outlet, 255, errors);
        if (kind == PublicationKind.NEWSLETTER_ISSUE && issueNumber == null) {
            errors.add(new FieldError("issueNumber", "is required for a newsletter issue"));
        } else if (kind == PublicationKind.PRESS_PAGE && issueNumber != null) {
            errors.add(new FieldError("issueNumber", "is only for newsletter issues"));
        } else if (issueNumber != null && (issueNumber < 1 || issueNumber > MAX_ISSUE_NUMBER)) {
            errors.add(new FieldError("issueNumber", "must be 1 to " + MAX_ISSUE_NUMBER));
        }
        if (kind == PublicationKind.PRESS_PAGE && tidyOutlet == null) {
            errors.add(new FieldError("outlet", "is required for a press page (the newspaper, radio or website)"));
        }
        errors.addAll(Period.within(preparation, planPeriod, "preparedFrom", "preparedTo"));
        InvalidFieldException.failOn(errors);
        Publication publication = new Publication(id, provinceCode, planId, activityNumber, kind, tidyTitle, issueNumber,
                tidyOutlet, preparation, null);
        return new Recording(publication, new PublicationRecorded(id, provinceCode, today, actor, planId, activityNumber, kind,
                tidyTitle, issueNumber, tidyOutlet, preparation.from(), preparation.to()));
    }

    /** The publication came out on {@code on}: once, not before its preparation began, not in the future. */
    public PublicationPublished publish(LocalDate on, LocalDate today, String actor) {
        if (publishedOn != null) {
            throw new ConflictException(describe() + " was already published on " + publishedOn + ".");
        }
        if (on.isAfter(today)) {
            throw new InvalidFieldException(List.of(BusinessCalendar.inTheFuture("publishedOn", today)));
        }
        if (on.isBefore(preparation.from())) {
            throw new InvalidFieldException(List.of(new FieldError("publishedOn", "is before its preparation began ("
                    + preparation.from() + ")")));
        }
        publishedOn = on;
        return new PublicationPublished(id, provinceCode, on, actor, kind);
    }

    private String describe() {
        return issueNumber == null ? "Publication " + id : "Newsletter issue " + issueNumber;
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

    public int activityNumber() {
        return activityNumber;
    }

    public PublicationKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public Integer issueNumber() {
        return issueNumber;
    }

    public String outlet() {
        return outlet;
    }

    public Period preparation() {
        return preparation;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }
}
