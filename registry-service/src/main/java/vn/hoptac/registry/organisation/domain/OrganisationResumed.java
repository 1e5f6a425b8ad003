package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;

/** Operations resumed after a suspension. */
public record OrganisationResumed(String organisationId, String provinceCode, OrganisationType organisationType, OrganisationStatus status,
        LocalDate effectiveOn, String actor) implements OrganisationEvent {
}
