package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;

/** Left a product value chain. */
public record OrganisationLeftValueChain(String organisationId, String provinceCode, OrganisationType organisationType, OrganisationStatus status,
        LocalDate effectiveOn, String actor, String chain, String chainName, String reason) implements OrganisationEvent {
}
