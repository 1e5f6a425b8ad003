package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;

/** The status as it stood from {@code effectiveOn}; {@code order} keeps same-day changes in the order made. */
public record StatusVersion(LocalDate effectiveOn, int order, OrganisationStatus status, String reason,
        Dissolution dissolution) {
}
