package vn.hoptac.campaign.gathering.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hoptac.campaign.gathering.domain.Commendation;
import vn.hoptac.campaign.gathering.domain.Gathering;
import vn.hoptac.campaign.gathering.domain.GatheringTerms;
import vn.hoptac.plumbing.outbox.AggregateDocument;
import vn.hoptac.plumbing.outbox.OutboxDocument;

/** A class, conference or tour as stored, with its commendations. */
@Document(GatheringDocument.COLLECTION)
public class GatheringDocument extends OutboxDocument implements AggregateDocument<Gathering> {

    public static final String COLLECTION = "gatherings";

    private String provinceCode;
    private String planId;
    private int activityNumber;
    private GatheringTerms terms;
    private int attendance;
    private List<String> organisationIds = new ArrayList<>();
    private List<Commendation> commendations = new ArrayList<>();
    private Instant createdAt;

    protected GatheringDocument() {
    }

    public GatheringDocument(String id, Instant createdAt) {
        super(id);
        this.createdAt = createdAt;
    }

    @Override
    public void copy(Gathering gathering) {
        provinceCode = gathering.provinceCode();
        planId = gathering.planId();
        activityNumber = gathering.activityNumber();
        terms = gathering.terms();
        attendance = gathering.attendance();
        organisationIds = gathering.organisationIds();
        commendations = gathering.commendations();
    }

    @Override
    public Gathering toAggregate() {
        return Gathering.restore(getId(), provinceCode, planId, activityNumber, terms, attendance, organisationIds,
                commendations);
    }
}
