package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;

/** Flagged (or no longer flagged) as a new-type or model cooperative, or founded on another's model. */
public record OrganisationModelStatusChanged(String organisationId, String provinceCode, OrganisationType organisationType, OrganisationStatus status,
        LocalDate effectiveOn, String actor, boolean newType, boolean model, String foundedOnModelOf) implements OrganisationEvent {
}
