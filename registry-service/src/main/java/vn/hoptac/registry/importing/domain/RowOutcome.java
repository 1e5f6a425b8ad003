package vn.hoptac.registry.importing.domain;

/** What became of one data row. */
public enum RowOutcome {
    /** The row registered a new organisation. */
    CREATED,
    /** The same row was imported before (from this file or another): its organisation, nothing created. */
    ALREADY_IMPORTED,
    /** The row breaks a rule; nothing was registered. */
    REJECTED
}
