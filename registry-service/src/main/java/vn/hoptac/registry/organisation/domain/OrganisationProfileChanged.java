package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;
import java.util.List;

/** An organisation's profile changed; the whole profile after the change, and which fields changed. */
public record OrganisationProfileChanged(String organisationId, String provinceCode, OrganisationType organisationType, OrganisationStatus status,
        LocalDate effectiveOn, String actor, OrganisationProfile profile, List<String> changedFields) implements OrganisationEvent {
}
