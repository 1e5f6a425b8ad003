package vn.hoptac.campaign;

import java.util.List;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;

/** The fields a domain command was refused for. */
public final class Refusals {

    private Refusals() {
    }

    /** The fields named by the {@link InvalidFieldException} {@code command} throws; fails when it throws none. */
    public static List<String> fields(Runnable command) {
        try {
            command.run();
        } catch (InvalidFieldException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("expected the command to be refused");
    }
}
