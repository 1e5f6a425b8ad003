package vn.hoptac.campaign.plan.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hoptac.campaign.plan.domain.Plan;
import vn.hoptac.campaign.plan.domain.PlanHeading;
import vn.hoptac.campaign.plan.domain.PlanStatus;
import vn.hoptac.plumbing.outbox.AggregateDocument;
import vn.hoptac.plumbing.outbox.OutboxDocument;

/**
 * A plan as stored, its activities inside it: adding an activity, with its number unique and its
 * window in the period, and the event saying so are one conditional write.
 */
@Document(PlanDocument.COLLECTION)
public class PlanDocument extends OutboxDocument implements AggregateDocument<Plan> {

    public static final String COLLECTION = "plans";

    private String provinceCode;
    private PlanHeading heading;
    private PlanStatus status;
    private LocalDate draftedOn;
    private String number;
    private LocalDate issuedOn;
    private LocalDate closedOn;
    private String assessment;
    private String issuedNumber; // number@year of issue: an alliance issues a number once a year (a unique index)
    private List<StoredActivity> activities = new ArrayList<>();
    private LocalDate firstOpenWindowEnd; // the earliest window end of an open activity not yet overdue, for the daily job
    private Instant createdAt;

    protected PlanDocument() {
    }

    public PlanDocument(String id, Instant createdAt) {
        super(id);
        this.createdAt = createdAt;
    }

    @Override
    public void copy(Plan plan) {
        provinceCode = plan.provinceCode();
        heading = plan.heading();
        status = plan.status();
        draftedOn = plan.draftedOn();
        number = plan.number();
        issuedOn = plan.issuedOn();
        closedOn = plan.closedOn();
        assessment = plan.assessment();
        issuedNumber = issuedNumber(plan.number(), plan.issuedOn());
        activities = plan.activities().stream().map(StoredActivity::of).toList();
        firstOpenWindowEnd = plan.activities().stream().filter(a -> a.status().isOpen() && !a.overdue())
                .map(a -> a.terms().window().to()).min(LocalDate::compareTo).orElse(null);
    }

    static String issuedNumber(String number, LocalDate issuedOn) {
        return number == null || issuedOn == null ? null : number + "@" + issuedOn.getYear();
    }

    @Override
    public Plan toAggregate() {
        return Plan.restore(getId(), provinceCode, heading, status, draftedOn, number, issuedOn, closedOn, assessment,
                activities.stream().map(StoredActivity::toActivity).toList());
    }
}
