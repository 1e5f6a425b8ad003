package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;

/** Re-registered under a newer cooperative law (chuyển đổi); it keeps operating. */
public record OrganisationConverted(String organisationId, String provinceCode, OrganisationType organisationType, OrganisationStatus status,
        LocalDate effectiveOn, String actor, LegalBasis fromLegalBasis, LegalBasis toLegalBasis, String registrationCode) implements OrganisationEvent {
}
