package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;

/** Operations suspended (tạm ngừng hoạt động). */
public record OrganisationSuspended(String organisationId, String provinceCode, OrganisationType organisationType, OrganisationStatus status,
        LocalDate effectiveOn, String actor, String reason) implements OrganisationEvent {
}
