package vn.hoptac.plumbing.consuming;

/** Applies one type of event. It must be idempotent, e.g. through {@link DedupGuard}. */
@FunctionalInterface
public interface EventHandler {

    void handle(IncomingEvent event);
}
