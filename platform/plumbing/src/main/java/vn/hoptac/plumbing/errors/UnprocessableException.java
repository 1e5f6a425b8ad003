package vn.hoptac.plumbing.errors;

/** Understood, but refused as a whole (e.g. an idempotency key reused with another body): 422. */
public class UnprocessableException extends RuntimeException {

    public UnprocessableException(String message) {
        super(message);
    }
}
