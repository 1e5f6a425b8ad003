package vn.hoptac.plumbing.errors;

import java.util.List;

/** One or more fields break a business rule: 422, naming each field. */
public class InvalidFieldException extends RuntimeException {

    /** A field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidFieldException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.errors = List.copyOf(errors);
    }

    /** Throws the faults collected by a rule check, all at once; nothing when there are none. */
    public static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    public List<FieldError> errors() {
        return errors;
    }
}
