package vn.hoptac.campaign.plan.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.hoptac.campaign.plan.domain.ActivityCategory;
import vn.hoptac.campaign.plan.domain.ActivityTerms;
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.campaign.plan.domain.Place;
import vn.hoptac.campaign.plan.domain.PlanHeading;
import vn.hoptac.campaign.plan.domain.PlanKind;

/** Bodies of the plans' commands; a command's date ({@code on}, {@code issuedOn}…) defaults to today in Vietnam. */
final class PlanRequests {

    private PlanRequests() {
    }

    /** A plan's heading, as drafted or amended. */
    record Heading(@NotNull PlanKind kind, @NotBlank @Size(max = 500) String title, @Size(max = 500) String theme,
            @NotNull LocalDate periodFrom, @NotNull LocalDate periodTo, LocalDate peakFrom, LocalDate peakTo,
            @Size(max = 60) String implementsPlanNumber, LocalDate on) {

        PlanHeading toHeading() {
            Period peak = peakFrom == null && peakTo == null ? null : new Period(peakFrom, peakTo);
            return new PlanHeading(kind, title, theme, new Period(periodFrom, periodTo), peak, implementsPlanNumber);
        }
    }

    record Issue(@NotBlank @Size(max = 60) String number, LocalDate issuedOn) {
    }

    record Closure(@NotBlank @Size(max = 5000) String assessment, LocalDate closedOn) {
    }

    /** An activity's terms; {@code number} is only given when it is added. */
    record ActivityBody(@Min(1) @Max(999) Integer number, @NotBlank @Size(max = 500) String title,
            @NotNull ActivityCategory category, @NotNull LocalDate windowFrom, @NotNull LocalDate windowTo,
            @Size(max = 255) String commune, @Size(max = 2) String provinceCode, @Size(max = 2) String formerProvinceCode,
            @Size(max = 255) String responsibleUnit, LocalDate on) {

        ActivityTerms toTerms() {
            return new ActivityTerms(title, category, new Period(windowFrom, windowTo),
                    new Place(commune, provinceCode, formerProvinceCode), responsibleUnit);
        }
    }

    record Start(LocalDate on) {
    }

    record Completion(@NotBlank @Size(max = 2000) String result, LocalDate on) {
    }

    record Cancellation(@NotBlank @Size(max = 1000) String reason, LocalDate on) {
    }

    record OverdueRun(@NotNull LocalDate businessDate) {
    }
}
