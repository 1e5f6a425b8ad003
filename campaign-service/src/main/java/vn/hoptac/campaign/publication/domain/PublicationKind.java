package vn.hoptac.campaign.publication.domain;

/** What the alliance publishes for a plan. */
public enum PublicationKind {
    /** A numbered issue of the alliance's newsletter (Bản tin Kinh tế hợp tác số 44). */
    NEWSLETTER_ISSUE,
    /** A page or article in the press, on radio or television. */
    PRESS_PAGE
}
