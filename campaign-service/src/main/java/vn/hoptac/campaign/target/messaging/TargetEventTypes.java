package vn.hoptac.campaign.target.messaging;

import java.util.Map;
import vn.hoptac.campaign.target.domain.TargetChanged;
import vn.hoptac.campaign.target.domain.TargetEvent;
import vn.hoptac.campaign.target.domain.TargetProgressed;
import vn.hoptac.campaign.target.domain.TargetReached;
import vn.hoptac.campaign.target.domain.TargetSet;
import vn.hoptac.contracts.EventTypes.Campaigns;
import vn.hoptac.plumbing.events.EventTypeMap;

/** The published type of each target event (from the contracts), never the class name. */
public final class TargetEventTypes {

    public static final EventTypeMap<TargetEvent> TYPES = new EventTypeMap<>(Map.of(
            TargetSet.class, Campaigns.TARGET_SET,
            TargetChanged.class, Campaigns.TARGET_CHANGED,
            TargetProgressed.class, Campaigns.TARGET_PROGRESSED,
            TargetReached.class, Campaigns.TARGET_REACHED));

    private TargetEventTypes() {
    }
}
