package vn.hoptac.plumbing.errors;

/** The request was based on a version that is no longer current: 412. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
