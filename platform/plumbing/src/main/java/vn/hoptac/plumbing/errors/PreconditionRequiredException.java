package vn.hoptac.plumbing.errors;

/** A change was sent without saying which version it was based on: 428. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
