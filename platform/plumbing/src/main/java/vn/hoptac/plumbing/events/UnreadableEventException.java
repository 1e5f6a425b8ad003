package vn.hoptac.plumbing.events;

/** Event data that can never be applied as it is: it goes to the dead letters at once, unretried. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadableEventException(String message) {
        super(message);
    }
}
