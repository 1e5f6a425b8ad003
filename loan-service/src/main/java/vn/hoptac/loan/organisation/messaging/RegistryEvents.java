package vn.hoptac.loan.organisation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The parts of the registry's events (contracts: {@code registry.events}) this service reads.
 * Unknown fields are ignored so the registry can add optional ones.
 */
public final class RegistryEvents {

    private RegistryEvents() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Profile(String name, String commune) {
    }

    /** Common to every organisation event, with the profile where the event carries one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrganisationChange(String organisationId, String provinceCode, String organisationType, String status,
            String effectiveOn, String actor, Profile profile, String reason) {
    }
}
