package vn.hoptac.campaign.gathering.messaging;

import java.util.Map;
import vn.hoptac.campaign.gathering.domain.AttendanceCorrected;
import vn.hoptac.campaign.gathering.domain.CommendationAwarded;
import vn.hoptac.campaign.gathering.domain.GatheringEvent;
import vn.hoptac.campaign.gathering.domain.GatheringRecorded;
import vn.hoptac.contracts.EventTypes.Campaigns;
import vn.hoptac.plumbing.events.EventTypeMap;

/** The published type of each gathering event (from the contracts), never the class name. */
public final class GatheringEventTypes {

    public static final EventTypeMap<GatheringEvent> TYPES = new EventTypeMap<>(Map.of(
            GatheringRecorded.class, Campaigns.GATHERING_RECORDED,
            AttendanceCorrected.class, Campaigns.GATHERING_ATTENDANCE_CORRECTED,
            CommendationAwarded.class, Campaigns.GATHERING_COMMENDATION_AWARDED));

    private GatheringEventTypes() {
    }
}
