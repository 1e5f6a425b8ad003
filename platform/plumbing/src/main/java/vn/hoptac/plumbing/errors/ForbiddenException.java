package vn.hoptac.plumbing.errors;

/** The acting user may not do this, whoever else could (e.g. four-eyes: an appraiser approving): 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
