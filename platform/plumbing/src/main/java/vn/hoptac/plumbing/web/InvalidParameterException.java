package vn.hoptac.plumbing.web;

/**
 * A header, parameter or path value refused before the operation ran: 400 naming it. The message
 * completes "'name' …", e.g. "must be a date written yyyy-MM-dd".
 */
public class InvalidParameterException extends RuntimeException {

    private final String name;

    public InvalidParameterException(String name, String message) {
        super(message);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
