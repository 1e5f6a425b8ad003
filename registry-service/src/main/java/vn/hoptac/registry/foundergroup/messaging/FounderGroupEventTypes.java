package vn.hoptac.registry.foundergroup.messaging;

import java.util.List;
import java.util.Map;
import vn.hoptac.plumbing.events.OutgoingEvent;
import vn.hoptac.registry.foundergroup.domain.CooperativeFounded;
import vn.hoptac.registry.foundergroup.domain.FounderGroupAdvised;
import vn.hoptac.registry.foundergroup.domain.FounderGroupEvent;
import vn.hoptac.registry.foundergroup.domain.FounderGroupRecorded;

/** The published type of each founder group event: a stable logical name, never the class name. */
public final class FounderGroupEventTypes {

    public static final String RECORDED = "vn.hoptac.registry.founder-group.recorded.v1";
    public static final String ADVISED = "vn.hoptac.registry.founder-group.advised.v1";
    public static final String COOPERATIVE_FOUNDED = "vn.hoptac.registry.founder-group.cooperative-founded.v1";

    static final Map<Class<? extends FounderGroupEvent>, String> TYPES = Map.of(
            FounderGroupRecorded.class, RECORDED,
            FounderGroupAdvised.class, ADVISED,
            CooperativeFounded.class, COOPERATIVE_FOUNDED);

    private FounderGroupEventTypes() {
    }

    public static OutgoingEvent outgoing(FounderGroupEvent event) {
        String type = TYPES.get(event.getClass());
        if (type == null) {
            throw new IllegalStateException("No published type for " + event.getClass().getName());
        }
        return new OutgoingEvent(type, event);
    }

    public static List<OutgoingEvent> outgoing(List<? extends FounderGroupEvent> events) {
        return events.stream().map(FounderGroupEventTypes::outgoing).toList();
    }
}
