package vn.hoptac.registry.foundergroup.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hoptac.plumbing.outbox.AggregateDocument;
import vn.hoptac.plumbing.outbox.OutboxDocument;
import vn.hoptac.registry.foundergroup.domain.AdviceSession;
import vn.hoptac.registry.foundergroup.domain.FounderGroup;
import vn.hoptac.registry.organisation.domain.Sector;

/** A founder group as stored, with its outbox. */
@Document(FounderGroupDocument.COLLECTION)
public class FounderGroupDocument extends OutboxDocument implements AggregateDocument<FounderGroup> {

    public static final String COLLECTION = "founder_groups";

    private String name;
    private String contact;
    private Sector intendedSector;
    private String commune;
    private LocalDate recordedOn;
    private List<AdviceSession> adviceSessions = new ArrayList<>();
    private String organisationId;
    private LocalDate foundedOn;
    private Instant recordedAt;

    protected FounderGroupDocument() {
    }

    public FounderGroupDocument(String id) {
        super(id);
    }

    public static FounderGroupDocument recorded(FounderGroup group, Instant at) {
        FounderGroupDocument document = new FounderGroupDocument(group.id());
        document.recordedAt = at;
        document.copy(group);
        return document;
    }

    @Override
    public void copy(FounderGroup group) {
        name = group.name();
        contact = group.contact();
        intendedSector = group.intendedSector();
        commune = group.commune();
        recordedOn = group.recordedOn();
        adviceSessions = new ArrayList<>(group.adviceSessions());
        organisationId = group.organisationId();
        foundedOn = group.foundedOn();
    }

    @Override
    public FounderGroup toAggregate() {
        return FounderGroup.restore(getId(), name, contact, intendedSector, commune, recordedOn, adviceSessions,
                organisationId, foundedOn);
    }

}
