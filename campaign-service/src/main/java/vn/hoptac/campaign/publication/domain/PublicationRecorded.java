package vn.hoptac.campaign.publication.domain;

import java.time.LocalDate;

/**
 * A publication was planned for an activity, prepared from {@code preparedFrom} to {@code preparedTo};
 * a newsletter issue has its number, a press page its outlet.
 */
public record PublicationRecorded(String publicationId, String provinceCode, LocalDate effectiveOn, String actor,
        String planId, int activityNumber, PublicationKind kind, String title, Integer issueNumber, String outlet,
        LocalDate preparedFrom, LocalDate preparedTo) implements PublicationEvent {
}
