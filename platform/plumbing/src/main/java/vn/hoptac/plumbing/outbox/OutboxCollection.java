package vn.hoptac.plumbing.outbox;

/** Declares that documents of a collection carry pending events for the relay. */
public record OutboxCollection(String name) {
}
