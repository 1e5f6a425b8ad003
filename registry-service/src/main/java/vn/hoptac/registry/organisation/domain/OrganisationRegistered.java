package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;

/** An organisation entered the register (đăng ký). */
public record OrganisationRegistered(String organisationId, String provinceCode, OrganisationType organisationType, OrganisationStatus status,
        LocalDate effectiveOn, String actor, OrganisationProfile profile) implements OrganisationEvent {
}
