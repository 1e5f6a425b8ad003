package vn.hoptac.registry.organisation.domain;

/** Where an organisation stands. Conversion to a newer law keeps it operating. */
public enum OrganisationStatus {
    OPERATING, SUSPENDED, DISSOLVED
}
