package vn.hoptac.registry.membership.messaging;

import java.util.Map;
import vn.hoptac.contracts.EventTypes.Registry;
import vn.hoptac.plumbing.events.EventTypeMap;
import vn.hoptac.registry.membership.domain.MembershipAdmitted;
import vn.hoptac.registry.membership.domain.MembershipEnded;
import vn.hoptac.registry.membership.domain.MembershipEvent;

/** The published type of each membership event (from the contracts), never the class name. */
public final class MembershipEventTypes {

    public static final EventTypeMap<MembershipEvent> TYPES = new EventTypeMap<>(Map.of(
            MembershipAdmitted.class, Registry.MEMBERSHIP_ADMITTED,
            MembershipEnded.class, Registry.MEMBERSHIP_ENDED));

    private MembershipEventTypes() {
    }
}
