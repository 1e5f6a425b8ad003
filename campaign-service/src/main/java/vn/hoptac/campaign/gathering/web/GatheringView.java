package vn.hoptac.campaign.gathering.web;

import java.time.LocalDate;
import java.util.List;
import vn.hoptac.campaign.gathering.domain.Audience;
import vn.hoptac.campaign.gathering.domain.Commendation;
import vn.hoptac.campaign.gathering.domain.Gathering;
import vn.hoptac.campaign.gathering.domain.GatheringKind;
import vn.hoptac.plumbing.outbox.Versioned;

/** A class, conference or tour as the API shows it. */
public record GatheringView(String id, String planId, int activityNumber, GatheringKind kind, String title, LocalDate heldOn,
        LocalDate endsOn, String commune, String provinceCode, String formerProvinceCode, List<Audience> audiences,
        boolean ethnicMinorityArea, int attendance, List<String> organisationIds, List<Commendation> commendations,
        long version) {

    static GatheringView of(Versioned<Gathering> stored) {
        Gathering gathering = stored.aggregate();
        var terms = gathering.terms();
        return new GatheringView(gathering.id(), gathering.planId(), gathering.activityNumber(), terms.kind(), terms.title(),
                terms.heldOn(), terms.endsOn(), terms.place().commune(), terms.place().provinceCode(),
                terms.place().formerProvinceCode(), terms.audiences(), terms.ethnicMinorityArea(), gathering.attendance(),
                gathering.organisationIds(), gathering.commendations(), stored.version());
    }
}
