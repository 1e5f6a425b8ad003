package vn.hoptac.loan.organisation.application;

import java.util.Optional;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.hoptac.loan.organisation.domain.KnownOrganisation;
import vn.hoptac.loan.organisation.messaging.RegistryEvents;
import vn.hoptac.loan.organisation.persistence.OrganisationCopyStore;
import vn.hoptac.plumbing.consuming.IncomingEvent;
import vn.hoptac.plumbing.events.UnreadableEventException;


/** The local copy of the registry's organisations, kept by its events, each applied once. */
@Component
public class OrganisationDirectory {

    private final OrganisationCopyStore copies;

    public OrganisationDirectory(OrganisationCopyStore copies) {
        this.copies = copies;
    }

    public Optional<KnownOrganisation> find(String organisationId) {
        return copies.find(organisationId);
    }

    /** Applies a registry event to the organisation's copy; false when it was already applied. */
    public boolean apply(IncomingEvent event) {
        RegistryEvents.OrganisationChange change = event.data(RegistryEvents.OrganisationChange.class);
        if (change.organisationId() == null || !change.organisationId().equals(event.subject()) || change.status() == null) {
            throw new UnreadableEventException("Registry event " + event.id() + " lacks its organisation or status");
        }
        Update update = new Update().max("lastSequence", event.sequence());
        // An organisation's events are handled one at a time (one key, one partition), so this read is
        // current: an older event (a re-driven dead letter) is remembered but does not overwrite newer state.
        Optional<KnownOrganisation> known = find(change.organisationId());
        boolean newer = event.sequence() > known.map(KnownOrganisation::lastSequence).orElse(0L);
        if (newer) {
            update.set("status", change.status()).set("provinceCode", change.provinceCode()).set("type", change.organisationType());
        }
        if (change.profile() != null && (newer || known.map(KnownOrganisation::name).isEmpty())) {
            update.set("name", change.profile().name()).set("commune", change.profile().commune());
        }
        return copies.applyOnce(change.organisationId(), event, update);
    }
}
