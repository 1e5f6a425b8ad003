package vn.hoptac.registry.membership.domain;

import java.time.LocalDate;

/** An organisation was admitted to the alliance in {@code batch}, as of {@code effectiveOn}. */
public record MembershipAdmitted(String membershipId, String organisationId, String provinceCode, LocalDate effectiveOn,
        String actor, String batch) implements MembershipEvent {
}
