package vn.hoptac.campaign.plan.domain;

import java.text.Normalizer;
import java.util.List;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;

/** How free text is kept: NFC (so "Đắk Nông" typed two ways is one text), trimmed, runs of spaces as one. */
public final class Texts {

    private Texts() {
    }

    /** The tidy text, or null when there is none. */
    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String tidy = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("[ \\t]+", " ");
        return tidy.isEmpty() ? null : tidy;
    }

    /** Adds an error unless the tidy text is there and at most {@code max} characters. */
    public static String required(String field, String text, int max, List<FieldError> errors) {
        String tidy = tidy(text);
        if (tidy == null || tidy.length() > max) {
            errors.add(new FieldError(field, "must be 1 to " + max + " characters"));
        }
        return tidy;
    }

    /** Adds an error when the tidy text is longer than {@code max}; null when there is none. */
    public static String optional(String field, String text, int max, List<FieldError> errors) {
        String tidy = tidy(text);
        if (tidy != null && tidy.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return tidy;
    }
}
