package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;

/** Dissolved (giải thể), voluntarily or by force. */
public record OrganisationDissolved(String organisationId, String provinceCode, OrganisationType organisationType, OrganisationStatus status,
        LocalDate effectiveOn, String actor, Dissolution dissolution, String reason) implements OrganisationEvent {
}
