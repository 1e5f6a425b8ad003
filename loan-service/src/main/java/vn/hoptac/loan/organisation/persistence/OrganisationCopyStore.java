package vn.hoptac.loan.organisation.persistence;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.hoptac.loan.organisation.domain.KnownOrganisation;
import vn.hoptac.plumbing.consuming.DedupGuard;
import vn.hoptac.plumbing.consuming.IncomingEvent;

/** The copies of the registry's organisations, each registry event applied once (its dedup key beside it). */
@Component
public class OrganisationCopyStore {

    private final MongoTemplate mongo;
    private final DedupGuard dedup;

    public OrganisationCopyStore(MongoTemplate mongo, DedupGuard dedup) {
        this.mongo = mongo;
        this.dedup = dedup;
    }

    public Optional<KnownOrganisation> find(String organisationId) {
        return Optional.ofNullable(mongo.findById(organisationId, KnownOrganisationDocument.class))
                .map(KnownOrganisationDocument::toKnownOrganisation);
    }

    /** The change {@code event} brings, written with its dedup key; false when it was applied before. */
    public boolean applyOnce(String organisationId, IncomingEvent event, Update change) {
        return dedup.applyOnce(KnownOrganisationDocument.COLLECTION, organisationId, event, change, true);
    }
}
