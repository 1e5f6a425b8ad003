package vn.hoptac.campaign.gathering.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.campaign.plan.domain.Place;
import vn.hoptac.campaign.plan.domain.ProvinceRules;
import vn.hoptac.campaign.plan.domain.Texts;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;

/**
 * What a gathering was: its kind and title, the day it was held (to {@code endsOn} when it lasted
 * longer), its place, its audiences and whether it was held in an ethnic-minority area.
 */
public record GatheringTerms(GatheringKind kind, String title, LocalDate heldOn, LocalDate endsOn, Place place,
        List<Audience> audiences, boolean ethnicMinorityArea) {

    GatheringTerms checked(Period planPeriod, ProvinceRules provinces, LocalDate today, List<FieldError> errors) {
        if (kind == null) {
            errors.add(new FieldError("kind", "is required"));
        }
        String tidyTitle = Texts.required("title", title, 500, errors);
        if (heldOn == null) {
            errors.add(new FieldError("heldOn", "is required"));
        } else {
            if (heldOn.isAfter(today)) {
                errors.add(BusinessCalendar.inTheFuture("heldOn", today));
            } else if (!planPeriod.contains(heldOn)) {
                errors.add(new FieldError("heldOn", "is outside the plan's period " + planPeriod));
            }
            if (endsOn != null && endsOn.isBefore(heldOn)) {
                errors.add(new FieldError("endsOn", "is before heldOn (" + heldOn + ")"));
            } else if (endsOn != null && endsOn.isAfter(heldOn.plusDays(Gathering.MAX_DAYS))) {
                errors.add(new FieldError("endsOn", "must be within " + Gathering.MAX_DAYS + " days of heldOn"));
            } else if (endsOn != null && endsOn.isAfter(today)) {
                errors.add(BusinessCalendar.inTheFuture("endsOn", today));
            }
        }
        Place given = place == null ? Place.UNKNOWN : place;
        Place tidyPlace = new Place(Texts.optional("commune", given.commune(), 255, errors), Texts.tidy(given.provinceCode()),
                Texts.tidy(given.formerProvinceCode()));
        errors.addAll(provinces.check(tidyPlace, heldOn, ""));
        List<Audience> tidyAudiences = new ArrayList<>();
        if (audiences == null || audiences.isEmpty()) {
            errors.add(new FieldError("audiences", "name at least one audience"));
        } else if (audiences.stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(new FieldError("audiences", "must not contain null"));
        } else {
            tidyAudiences.addAll(EnumSet.copyOf(audiences));
        }
        return new GatheringTerms(kind, tidyTitle, heldOn, endsOn == null || endsOn.equals(heldOn) ? null : endsOn, tidyPlace,
                List.copyOf(tidyAudiences), ethnicMinorityArea);
    }
}
