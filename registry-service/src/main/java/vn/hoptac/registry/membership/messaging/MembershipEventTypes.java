package vn.hoptac.registry.membership.messaging;

import java.util.List;
import java.util.Map;
import vn.hoptac.plumbing.events.OutgoingEvent;
import vn.hoptac.registry.membership.domain.MembershipAdmitted;
import vn.hoptac.registry.membership.domain.MembershipEnded;
import vn.hoptac.registry.membership.domain.MembershipEvent;

/** The published type of each membership event: a stable logical name, never the class name. */
public final class MembershipEventTypes {

    public static final String ADMITTED = "vn.hoptac.registry.membership.admitted.v1";
    public static final String ENDED = "vn.hoptac.registry.membership.ended.v1";

    static final Map<Class<? extends MembershipEvent>, String> TYPES = Map.of(
            MembershipAdmitted.class, ADMITTED,
            MembershipEnded.class, ENDED);

    private MembershipEventTypes() {
    }

    public static OutgoingEvent outgoing(MembershipEvent event) {
        String type = TYPES.get(event.getClass());
        if (type == null) {
            throw new IllegalStateException("No published type for " + event.getClass().getName());
        }
        return new OutgoingEvent(type, event);
    }

    public static List<OutgoingEvent> outgoing(List<? extends MembershipEvent> events) {
        return events.stream().map(MembershipEventTypes::outgoing).toList();
    }
}
