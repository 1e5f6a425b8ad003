package vn.hoptac.campaign.gathering.domain;

import java.time.LocalDate;

/** A commendation (bằng khen) an organisation received at a conference, from {@code awardedBy} (e.g. UBND tỉnh). */
public record Commendation(String commendationId, String organisationId, String title, String awardedBy, LocalDate awardedOn,
        String actor) {
}
