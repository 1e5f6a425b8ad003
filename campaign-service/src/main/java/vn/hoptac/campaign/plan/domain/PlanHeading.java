package vn.hoptac.campaign.plan.domain;

import java.util.List;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;

/**
 * What a plan is: its kind, title, theme (chủ đề), the period it covers, its peak window (cao điểm)
 * and the number of the plan it implements (the province's Action Month plan implements the national
 * one, recorded by number while that plan is not known here). Theme, peak and implemented plan are optional.
 */
public record PlanHeading(PlanKind kind, String title, String theme, Period period, Period peak,
        String implementsPlanNumber) {

    static final int MAX_YEARS = 10;

    /** The heading tidied, its faults added to {@code errors}. */
    PlanHeading checked(List<FieldError> errors) {
        PlanHeading heading = this;
        if (heading.kind() == null) {
            errors.add(new FieldError("kind", "is required"));
        }
        String title = Texts.required("title", heading.title(), 500, errors);
        String theme = Texts.optional("theme", heading.theme(), 500, errors);
        Period period = heading.period();
        if (period == null || period.from() == null || period.to() == null) {
            errors.add(new FieldError("periodFrom", "periodFrom and periodTo are required"));
        } else if (period.to().isBefore(period.from())) {
            errors.add(new FieldError("periodTo", "is before periodFrom (" + period.from() + ")"));
        } else if (period.to().isAfter(period.from().plusYears(MAX_YEARS))) {
            errors.add(new FieldError("periodTo", "must be within " + MAX_YEARS + " years of periodFrom"));
        }
        Period peak = heading.peak();
        if (peak != null && (peak.from() == null) != (peak.to() == null)) {
            errors.add(new FieldError(peak.from() == null ? "peakFrom" : "peakTo", "peakFrom and peakTo go together"));
        } else if (peak != null && peak.from() != null) {
            if (peak.to().isBefore(peak.from())) {
                errors.add(new FieldError("peakTo", "is before peakFrom (" + peak.from() + ")"));
            } else if (period != null && period.from() != null && period.to() != null && !period.to().isBefore(period.from())) {
                if (!period.contains(peak.from())) {
                    errors.add(new FieldError("peakFrom", "is outside the plan's period " + period));
                }
                if (!period.contains(peak.to())) {
                    errors.add(new FieldError("peakTo", "is outside the plan's period " + period));
                }
            }
        }
        String implemented = Texts.tidy(heading.implementsPlanNumber());
        if (implemented != null && !Plan.NUMBER.matcher(implemented).matches()) {
            errors.add(new FieldError("implementsPlanNumber", "must be a plan number, e.g. 70/KH-BTVLMHTXVN"));
        }
        return new PlanHeading(heading.kind(), title, theme, period,
                peak == null || peak.from() == null ? null : peak, implemented);
    }
}

