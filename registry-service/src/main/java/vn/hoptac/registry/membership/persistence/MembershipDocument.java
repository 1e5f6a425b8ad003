package vn.hoptac.registry.membership.persistence;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hoptac.plumbing.outbox.AggregateDocument;
import vn.hoptac.plumbing.outbox.OutboxDocument;
import vn.hoptac.registry.membership.domain.Membership;

/**
 * A membership as stored, with its outbox. {@code activeOrganisationId} is set only while the
 * membership is active: its unique index keeps one active membership per organisation, also when two
 * batches admit the same organisation at once.
 */
@Document(MembershipDocument.COLLECTION)
public class MembershipDocument extends OutboxDocument implements AggregateDocument<Membership> {

    public static final String COLLECTION = "memberships";

    private String organisationId;
    private String batch;
    private LocalDate admittedOn;
    private LocalDate endedOn;
    private String endReason;
    private String activeOrganisationId;
    private String batchKey; // the Idempotency-Key of the batch request that admitted it
    private String batchFingerprint;
    private Instant admittedAt;

    protected MembershipDocument() {
    }

    public MembershipDocument(String id) {
        super(id);
    }

    public static MembershipDocument admitted(Membership membership, String idempotencyKey, String fingerprint, Instant at) {
        MembershipDocument document = new MembershipDocument(membership.id());
        document.batchKey = idempotencyKey;
        document.batchFingerprint = fingerprint;
        document.admittedAt = at;
        document.copy(membership);
        return document;
    }

    @Override
    public void copy(Membership membership) {
        organisationId = membership.organisationId();
        batch = membership.batch();
        admittedOn = membership.admittedOn();
        endedOn = membership.endedOn();
        endReason = membership.endReason();
        activeOrganisationId = membership.isActive() ? membership.organisationId() : null;
    }

    @Override
    public Membership toAggregate() {
        return Membership.restore(getId(), organisationId, batch, admittedOn, endedOn, endReason);
    }

    public String getBatchFingerprint() {
        return batchFingerprint;
    }
}
