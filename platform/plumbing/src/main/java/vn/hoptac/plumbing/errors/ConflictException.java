package vn.hoptac.plumbing.errors;

/** The request is well-formed but contradicts the current state (a forbidden transition, a duplicate): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
