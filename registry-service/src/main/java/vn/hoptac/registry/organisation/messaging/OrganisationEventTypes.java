package vn.hoptac.registry.organisation.messaging;

import java.util.Map;
import vn.hoptac.contracts.EventTypes.Registry;
import vn.hoptac.plumbing.events.EventTypeMap;
import vn.hoptac.registry.organisation.domain.OrganisationConverted;
import vn.hoptac.registry.organisation.domain.OrganisationDissolved;
import vn.hoptac.registry.organisation.domain.OrganisationEvent;
import vn.hoptac.registry.organisation.domain.OrganisationJoinedValueChain;
import vn.hoptac.registry.organisation.domain.OrganisationLeftValueChain;
import vn.hoptac.registry.organisation.domain.OrganisationModelStatusChanged;
import vn.hoptac.registry.organisation.domain.OrganisationProfileChanged;
import vn.hoptac.registry.organisation.domain.OrganisationRegistered;
import vn.hoptac.registry.organisation.domain.OrganisationResumed;
import vn.hoptac.registry.organisation.domain.OrganisationSuspended;

/** The published type of each organisation event (from the contracts), never the class name. */
public final class OrganisationEventTypes {

    public static final EventTypeMap<OrganisationEvent> TYPES = new EventTypeMap<>(Map.ofEntries(
            Map.entry(OrganisationRegistered.class, Registry.ORGANISATION_REGISTERED),
            Map.entry(OrganisationProfileChanged.class, Registry.ORGANISATION_PROFILE_CHANGED),
            Map.entry(OrganisationConverted.class, Registry.ORGANISATION_CONVERTED),
            Map.entry(OrganisationSuspended.class, Registry.ORGANISATION_SUSPENDED),
            Map.entry(OrganisationResumed.class, Registry.ORGANISATION_RESUMED),
            Map.entry(OrganisationDissolved.class, Registry.ORGANISATION_DISSOLVED),
            Map.entry(OrganisationJoinedValueChain.class, Registry.ORGANISATION_VALUE_CHAIN_JOINED),
            Map.entry(OrganisationLeftValueChain.class, Registry.ORGANISATION_VALUE_CHAIN_LEFT),
            Map.entry(OrganisationModelStatusChanged.class, Registry.ORGANISATION_MODEL_STATUS_CHANGED)));

    private OrganisationEventTypes() {
    }
}
