package vn.hoptac.plumbing.importing.domain;

/** What became of one data row. */
public enum RowOutcome {
    /** The row created a new record (an organisation, a class, …). */
    CREATED,
    /** The same row was imported before (from this file or another): its record, nothing created. */
    ALREADY_IMPORTED,
    /** The row breaks a rule; nothing was created. */
    REJECTED
}
