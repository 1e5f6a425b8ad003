package vn.hoptac.plumbing.web;

import java.util.Optional;

/**
 * What any text a caller sends may hold: Vietnamese and every other script, but no control
 * characters (tab and line breaks aside, for comments) and no unpaired UTF-16 surrogates, which no
 * report, export or other alliance could print.
 */
public final class Text {

    private Text() {
    }

    /** Why {@code text} is refused, or empty when it is fine. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("holds an unpaired surrogate (invalid UTF-16) at position " + i);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("holds an unpaired surrogate (invalid UTF-16) at position " + i);
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of("holds the control character U+" + String.format("%04X", (int) c) + " at position " + i);
            }
        }
        return Optional.empty();
    }
}
