package vn.hoptac.campaign.target.persistence;

import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hoptac.campaign.target.domain.Target;
import vn.hoptac.campaign.target.domain.TargetTerms;
import vn.hoptac.plumbing.outbox.AggregateDocument;
import vn.hoptac.plumbing.outbox.OutboxDocument;

/** A target as stored: its terms and, once reached, the event that reached it. */
@Document(TargetDocument.COLLECTION)
public class TargetDocument extends OutboxDocument implements AggregateDocument<Target> {

    public static final String COLLECTION = "targets";

    private String provinceCode;
    private String planId;
    private Integer activityNumber;
    private TargetTerms terms;
    private int indicatorVersion;
    private Target.Reaching reached;
    private long actual;
    private Instant createdAt;

    protected TargetDocument() {
    }

    public TargetDocument(String id, Instant createdAt) {
        super(id);
        this.createdAt = createdAt;
    }

    @Override
    public void copy(Target target) {
        provinceCode = target.provinceCode();
        planId = target.planId();
        activityNumber = target.activityNumber();
        terms = target.terms();
        indicatorVersion = target.indicatorVersion();
        reached = target.reached().orElse(null);
        actual = target.actual();
    }

    @Override
    public Target toAggregate() {
        return Target.restore(getId(), provinceCode, planId, activityNumber, terms, indicatorVersion, reached, actual);
    }
}
