package vn.hoptac.plumbing.events;

/**
 * An event a command caused, before it is numbered and stored in the aggregate's outbox.
 *
 * @param type the published logical type, e.g. {@code vn.hoptac.registry.organisation.registered.v1}
 * @param data the event data, written with {@link EventJson}
 */
public record OutgoingEvent(String type, Object data) {
}
