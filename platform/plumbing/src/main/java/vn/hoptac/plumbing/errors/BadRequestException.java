package vn.hoptac.plumbing.errors;

/** A request that cannot be understood as sent (a malformed header or parameter): 400, naming it. */
public class BadRequestException extends RuntimeException {

    private final String field;

    public BadRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
