package vn.hoptac.registry.foundergroup.messaging;

import java.util.Map;
import vn.hoptac.contracts.EventTypes.Registry;
import vn.hoptac.plumbing.events.EventTypeMap;
import vn.hoptac.registry.foundergroup.domain.CooperativeFounded;
import vn.hoptac.registry.foundergroup.domain.FounderGroupAdvised;
import vn.hoptac.registry.foundergroup.domain.FounderGroupEvent;
import vn.hoptac.registry.foundergroup.domain.FounderGroupRecorded;

/** The published type of each founder group event (from the contracts), never the class name. */
public final class FounderGroupEventTypes {

    public static final EventTypeMap<FounderGroupEvent> TYPES = new EventTypeMap<>(Map.of(
            FounderGroupRecorded.class, Registry.FOUNDER_GROUP_RECORDED,
            FounderGroupAdvised.class, Registry.FOUNDER_GROUP_ADVISED,
            CooperativeFounded.class, Registry.FOUNDER_GROUP_COOPERATIVE_FOUNDED));

    private FounderGroupEventTypes() {
    }
}
