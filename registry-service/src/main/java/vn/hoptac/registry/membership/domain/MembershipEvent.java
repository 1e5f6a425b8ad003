package vn.hoptac.registry.membership.domain;

import java.time.LocalDate;

/**
 * What happened to a membership of the alliance. The records are the event data on the wire (see the
 * contracts module's {@code membership.*} schemas), so their fields are only ever added, never renamed.
 */
public sealed interface MembershipEvent permits MembershipAdmitted, MembershipEnded {

    String membershipId();

    String organisationId();

    String provinceCode();

    LocalDate effectiveOn();

    String actor();

    String batch();
}
