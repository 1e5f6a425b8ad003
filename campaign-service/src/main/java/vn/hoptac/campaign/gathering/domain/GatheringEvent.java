package vn.hoptac.campaign.gathering.domain;

import java.time.LocalDate;

/**
 * What happened to a class, conference or tour. The records are the event data on the wire (see the
 * contracts module's {@code campaigns/gathering.*} schemas), so their fields are only ever added.
 */
public sealed interface GatheringEvent permits GatheringRecorded, AttendanceCorrected, CommendationAwarded {

    String gatheringId();

    String provinceCode();

    LocalDate effectiveOn();

    String actor();
}
