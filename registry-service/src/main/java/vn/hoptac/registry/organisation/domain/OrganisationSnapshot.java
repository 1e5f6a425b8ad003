package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;
import java.util.List;

/** An organisation as it stood on a date: the answer to "as of 2016-12-31". */
public record OrganisationSnapshot(LocalDate asOf, OrganisationProfile profile, OrganisationStatus status,
        LocalDate statusSince, String statusReason, Dissolution dissolution, List<String> valueChains) {
}
