package vn.hoptac.registry.membership.domain;

/** Why an organisation of a batch was not admitted, and the detail an officer can act on. */
public record Refusal(Reason reason, String detail) {

    /** The kinds of refusal a client can tell apart. */
    public enum Reason {
        /** No organisation with that id in the register. */
        UNKNOWN_ORGANISATION,
        /** Suspended or dissolved: only an operating organisation is admitted. */
        NOT_OPERATING,
        /** Founded after the admission date. */
        NOT_YET_FOUNDED,
        /** A member on the admission date or later already: one membership at a time. */
        ALREADY_MEMBER
    }
}
