package vn.hoptac.plumbing.web;

import vn.hoptac.plumbing.errors.PreconditionFailedException;
import vn.hoptac.plumbing.errors.PreconditionRequiredException;

/** Versions as strong ETags ({@code "3"}) and the {@code If-Match} every change must carry. */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} names; a missing one is 428, one that names no version is 412. */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(
                    "Send If-Match with the ETag from your last GET, so nobody's change is silently overwritten.");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException("If-Match " + ifMatch + " matches no version of this record.");
        }
    }
}
