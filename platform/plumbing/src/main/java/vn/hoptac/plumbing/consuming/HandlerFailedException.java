package vn.hoptac.plumbing.consuming;

/** A handler kept failing after its bounded retries: the event goes to the dead letters with this. */
public class HandlerFailedException extends RuntimeException {

    public HandlerFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
