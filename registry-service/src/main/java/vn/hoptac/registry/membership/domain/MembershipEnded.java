package vn.hoptac.registry.membership.domain;

import java.time.LocalDate;

/** An organisation's membership of the alliance ended on {@code effectiveOn}, for {@code reason}. */
public record MembershipEnded(String membershipId, String organisationId, String provinceCode, LocalDate effectiveOn,
        String actor, String batch, String reason) implements MembershipEvent {
}
