package vn.hoptac.plumbing.events;

import java.util.List;
import java.util.Map;

/**
 * A feature's domain events and their published types ({@code vn.hoptac.contracts.EventTypes}):
 * how an event becomes an {@link OutgoingEvent}. Every event class must have its type.
 *
 * @param <E> the feature's sealed event interface
 */
public final class EventTypeMap<E> {

    private final Map<Class<? extends E>, String> types;

    public EventTypeMap(Map<Class<? extends E>, String> types) {
        this.types = Map.copyOf(types);
    }

    public OutgoingEvent outgoing(E event) {
        String type = types.get(event.getClass());
        if (type == null) {
            throw new IllegalStateException("No published type for " + event.getClass().getName());
        }
        return new OutgoingEvent(type, event);
    }

    public List<OutgoingEvent> outgoing(List<? extends E> events) {
        return events.stream().map(this::outgoing).toList();
    }

    /** The published type of an event class. */
    public String typeOf(Class<? extends E> type) {
        return types.get(type);
    }
}
