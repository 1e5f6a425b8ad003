package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;

/** An organisation entered the register (đăng ký); {@code founderGroupId} names the founder group that founded it, if any. */
public record OrganisationRegistered(String organisationId, String provinceCode, OrganisationType organisationType, OrganisationStatus status,
        LocalDate effectiveOn, String actor, OrganisationProfile profile, String founderGroupId) implements OrganisationEvent {
}
