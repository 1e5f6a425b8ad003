package vn.hoptac.registry.organisation.messaging;

import java.util.List;
import java.util.Map;
import vn.hoptac.plumbing.events.OutgoingEvent;
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

/** The published type of each organisation event: a stable logical name, never the class name. */
public final class OrganisationEventTypes {

    public static final String REGISTERED = "vn.hoptac.registry.organisation.registered.v1";
    public static final String PROFILE_CHANGED = "vn.hoptac.registry.organisation.profile-changed.v1";
    public static final String CONVERTED = "vn.hoptac.registry.organisation.converted.v1";
    public static final String SUSPENDED = "vn.hoptac.registry.organisation.suspended.v1";
    public static final String RESUMED = "vn.hoptac.registry.organisation.resumed.v1";
    public static final String DISSOLVED = "vn.hoptac.registry.organisation.dissolved.v1";
    public static final String VALUE_CHAIN_JOINED = "vn.hoptac.registry.organisation.value-chain-joined.v1";
    public static final String VALUE_CHAIN_LEFT = "vn.hoptac.registry.organisation.value-chain-left.v1";
    public static final String MODEL_STATUS_CHANGED = "vn.hoptac.registry.organisation.model-status-changed.v1";

    static final Map<Class<? extends OrganisationEvent>, String> TYPES = Map.ofEntries(
            Map.entry(OrganisationRegistered.class, REGISTERED),
            Map.entry(OrganisationProfileChanged.class, PROFILE_CHANGED),
            Map.entry(OrganisationConverted.class, CONVERTED),
            Map.entry(OrganisationSuspended.class, SUSPENDED),
            Map.entry(OrganisationResumed.class, RESUMED),
            Map.entry(OrganisationDissolved.class, DISSOLVED),
            Map.entry(OrganisationJoinedValueChain.class, VALUE_CHAIN_JOINED),
            Map.entry(OrganisationLeftValueChain.class, VALUE_CHAIN_LEFT),
            Map.entry(OrganisationModelStatusChanged.class, MODEL_STATUS_CHANGED));

    private OrganisationEventTypes() {
    }

    public static OutgoingEvent outgoing(OrganisationEvent event) {
        String type = TYPES.get(event.getClass());
        if (type == null) {
            throw new IllegalStateException("No published type for " + event.getClass().getName());
        }
        return new OutgoingEvent(type, event);
    }

    public static List<OutgoingEvent> outgoing(List<? extends OrganisationEvent> events) {
        return events.stream().map(OrganisationEventTypes::outgoing).toList();
    }
}
