package vn.hoptac.campaign.publication.persistence;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.campaign.publication.domain.Publication;
import vn.hoptac.campaign.publication.domain.PublicationKind;
import vn.hoptac.plumbing.outbox.AggregateDocument;
import vn.hoptac.plumbing.outbox.OutboxDocument;

/** A newsletter issue or press page as stored; a newsletter's issue number is unique (an index keeps it so). */
@Document(PublicationDocument.COLLECTION)
public class PublicationDocument extends OutboxDocument implements AggregateDocument<Publication> {

    public static final String COLLECTION = "publications";
    static final String NEWSLETTER_NUMBER = "newsletterNumber";

    private String provinceCode;
    private String planId;
    private int activityNumber;
    private PublicationKind kind;
    private String title;
    private Integer issueNumber;
    private Integer newsletterNumber; // the issue number of a newsletter only, for the unique index
    private String outlet;
    private Period preparation;
    private LocalDate publishedOn;
    private Instant createdAt;

    protected PublicationDocument() {
    }

    public PublicationDocument(String id, Instant createdAt) {
        super(id);
        this.createdAt = createdAt;
    }

    @Override
    public void copy(Publication publication) {
        provinceCode = publication.provinceCode();
        planId = publication.planId();
        activityNumber = publication.activityNumber();
        kind = publication.kind();
        title = publication.title();
        issueNumber = publication.issueNumber();
        newsletterNumber = kind == PublicationKind.NEWSLETTER_ISSUE ? issueNumber : null;
        outlet = publication.outlet();
        preparation = publication.preparation();
        publishedOn = publication.publishedOn();
    }

    @Override
    public Publication toAggregate() {
        return Publication.restore(getId(), provinceCode, planId, activityNumber, kind, title, issueNumber, outlet, preparation,
                publishedOn);
    }
}
