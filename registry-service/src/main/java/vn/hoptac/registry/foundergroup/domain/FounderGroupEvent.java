package vn.hoptac.registry.foundergroup.domain;

import java.time.LocalDate;

/**
 * What happened to a founder group. The records are the event data on the wire (see the contracts
 * module's {@code founder-group.*} schemas), so their fields are only ever added, never renamed.
 */
public sealed interface FounderGroupEvent permits FounderGroupRecorded, FounderGroupAdvised, CooperativeFounded {

    String founderGroupId();

    String provinceCode();

    LocalDate effectiveOn();

    String actor();
}
