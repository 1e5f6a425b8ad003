package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;

/** The profile as it stood from {@code effectiveOn}; {@code order} keeps same-day changes in the order made. */
public record ProfileVersion(LocalDate effectiveOn, int order, OrganisationProfile profile) {
}
