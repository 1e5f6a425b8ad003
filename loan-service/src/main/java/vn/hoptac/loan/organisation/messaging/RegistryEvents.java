package vn.hoptac.loan.organisation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The parts of the registry's events (contracts: {@code registry.events}) this service reads.
 * Unknown fields are ignored so the registry can add optional ones.
 */
final class RegistryEvents {

    static final String REGISTERED = "vn.hoptac.registry.organisation.registered.v1";
    static final String PROFILE_CHANGED = "vn.hoptac.registry.organisation.profile-changed.v1";
    static final String CONVERTED = "vn.hoptac.registry.organisation.converted.v1";
    static final String SUSPENDED = "vn.hoptac.registry.organisation.suspended.v1";
    static final String RESUMED = "vn.hoptac.registry.organisation.resumed.v1";
    static final String DISSOLVED = "vn.hoptac.registry.organisation.dissolved.v1";

    private RegistryEvents() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Profile(String name, String commune) {
    }

    /** Common to every organisation event, with the profile where the event carries one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrganisationChange(String organisationId, String provinceCode, String organisationType, String status,
            String effectiveOn, String actor, Profile profile, String reason) {
    }
}
