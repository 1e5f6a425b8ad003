package vn.hoptac.campaign.publication.messaging;

import java.util.Map;
import vn.hoptac.campaign.publication.domain.PublicationEvent;
import vn.hoptac.campaign.publication.domain.PublicationPublished;
import vn.hoptac.campaign.publication.domain.PublicationRecorded;
import vn.hoptac.contracts.EventTypes.Campaigns;
import vn.hoptac.plumbing.events.EventTypeMap;

/** The published type of each publication event (from the contracts), never the class name. */
public final class PublicationEventTypes {

    public static final EventTypeMap<PublicationEvent> TYPES = new EventTypeMap<>(Map.of(
            PublicationRecorded.class, Campaigns.PUBLICATION_RECORDED,
            PublicationPublished.class, Campaigns.PUBLICATION_PUBLISHED));

    private PublicationEventTypes() {
    }
}
