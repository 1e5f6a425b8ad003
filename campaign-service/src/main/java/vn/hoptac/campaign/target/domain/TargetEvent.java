package vn.hoptac.campaign.target.domain;

import java.time.LocalDate;

/**
 * What happened to a target. The records are the event data on the wire (see the contracts module's
 * {@code campaigns/target.*} schemas), so their fields are only ever added.
 */
public sealed interface TargetEvent permits TargetSet, TargetChanged, TargetProgressed, TargetReached {

    String targetId();

    String provinceCode();

    LocalDate effectiveOn();

    String actor();
}
