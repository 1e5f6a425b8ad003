package vn.hoptac.campaign.plan.domain;

import java.util.List;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;

/**
 * What an officer says an activity is: its title, category, window, place and responsible unit (the
 * number is the activity's identity within its plan and never changes).
 */
public record ActivityTerms(String title, ActivityCategory category, Period window, Place place, String responsibleUnit) {

    /** The terms tidied, checked against the plan's {@code period} and the provinces; faults added to {@code errors}. */
    ActivityTerms checked(Period period, ProvinceRules provinces, List<FieldError> errors) {
        ActivityTerms terms = this;
        String title = Texts.required("title", terms.title(), 500, errors);
        if (terms.category() == null) {
            errors.add(new FieldError("category", "is required"));
        }
        Period window = terms.window();
        errors.addAll(Period.within(window, period, "windowFrom", "windowTo"));
        Place place = terms.place() == null ? Place.UNKNOWN : terms.place();
        Place tidyPlace = new Place(Texts.optional("commune", place.commune(), 255, errors), Texts.tidy(place.provinceCode()),
                Texts.tidy(place.formerProvinceCode()));
        errors.addAll(provinces.check(tidyPlace, window == null ? null : window.from(), ""));
        String unit = Texts.optional("responsibleUnit", terms.responsibleUnit(), 255, errors);
        return new ActivityTerms(title, terms.category(), window, tidyPlace, unit);
    }
}

