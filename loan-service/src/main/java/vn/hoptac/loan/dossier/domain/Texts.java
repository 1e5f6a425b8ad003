package vn.hoptac.loan.dossier.domain;

import vn.hoptac.plumbing.errors.InvalidFieldException;

/** The dossier's rule for the texts officers write: comments, opinions, reasons. */
final class Texts {

    private Texts() {
    }

    static String require(String field, String text, int max) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new InvalidFieldException(field, "must be 1 to " + max + " characters");
        }
        return text.strip();
    }
}
