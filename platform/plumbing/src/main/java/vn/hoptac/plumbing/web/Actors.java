package vn.hoptac.plumbing.web;

import vn.hoptac.plumbing.errors.BadRequestException;

/**
 * The acting user of a change, named in its events. Until authentication arrives it is the
 * {@code X-Actor} header; then it will come from the token, behind this same method.
 */
public final class Actors {

    public static final String HEADER = "X-Actor";

    private Actors() {
    }

    public static String require(String header) {
        if (header == null || header.isBlank()) {
            throw new BadRequestException(HEADER, "Header X-Actor is required: who is making this change?");
        }
        String actor = header.strip();
        if (actor.length() > 100 || actor.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestException(HEADER, "Header X-Actor must be 1 to 100 printable characters.");
        }
        return actor;
    }
}
