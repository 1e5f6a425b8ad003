package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;

/** Joined a product value chain. */
public record OrganisationJoinedValueChain(String organisationId, String provinceCode, OrganisationType organisationType, OrganisationStatus status,
        LocalDate effectiveOn, String actor, String chain, String chainName) implements OrganisationEvent {
}
