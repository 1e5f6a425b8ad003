package vn.hoptac.campaign.publication.domain;

import java.time.LocalDate;

/**
 * What happened to a newsletter issue or press page. The records are the event data on the wire (see
 * the contracts module's {@code campaigns/publication.*} schemas), so their fields are only ever added.
 */
public sealed interface PublicationEvent permits PublicationRecorded, PublicationPublished {

    String publicationId();

    String provinceCode();

    LocalDate effectiveOn();

    String actor();
}
