package vn.hoptac.registry.foundergroup.web;

import java.time.LocalDate;
import java.util.List;
import vn.hoptac.registry.foundergroup.domain.AdviceSession;
import vn.hoptac.registry.foundergroup.domain.FounderGroup;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.registry.organisation.domain.Sector;

/**
 * A founder group as the API shows it; {@code organisationId} and {@code foundedOn} are set once its
 * cooperative was registered. {@code version} is also the ETag.
 */
public record FounderGroupView(String id, String name, String contact, Sector intendedSector, String commune,
        LocalDate recordedOn, List<AdviceSession> adviceSessions, String organisationId, LocalDate foundedOn, long version) {

    static FounderGroupView of(Versioned<FounderGroup> stored) {
        FounderGroup group = stored.aggregate();
        return new FounderGroupView(group.id(), group.name(), group.contact(), group.intendedSector(), group.commune(),
                group.recordedOn(), group.adviceSessions(), group.organisationId(), group.foundedOn(), stored.version());
    }
}
