package vn.hoptac.campaign.publication.domain;

import java.time.LocalDate;

/** The publication came out on {@code effectiveOn}. */
public record PublicationPublished(String publicationId, String provinceCode, LocalDate effectiveOn, String actor)
        implements PublicationEvent {
}
