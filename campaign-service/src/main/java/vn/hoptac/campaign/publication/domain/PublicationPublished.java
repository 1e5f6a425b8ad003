package vn.hoptac.campaign.publication.domain;

import java.time.LocalDate;

/** The publication came out on {@code effectiveOn}; {@code kind} says whether it is a newsletter issue or a press page. */
public record PublicationPublished(String publicationId, String provinceCode, LocalDate effectiveOn, String actor,
        PublicationKind kind) implements PublicationEvent {
}
