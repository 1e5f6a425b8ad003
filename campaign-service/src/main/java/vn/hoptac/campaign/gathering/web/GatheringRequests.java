package vn.hoptac.campaign.gathering.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.hoptac.campaign.gathering.domain.Audience;
import vn.hoptac.campaign.gathering.domain.Gathering;
import vn.hoptac.campaign.gathering.domain.GatheringKind;
import vn.hoptac.campaign.gathering.domain.GatheringTerms;
import vn.hoptac.campaign.plan.domain.Place;

/** Bodies of the gatherings' commands. */
final class GatheringRequests {

    private GatheringRequests() {
    }

    /** A class, conference or tour held for activity {@code activityNumber} of plan {@code planId}. */
    record Recording(@NotBlank @Size(max = 64) String planId, @NotNull @Min(1) @Max(999) Integer activityNumber,
            @NotNull GatheringKind kind, @NotBlank @Size(max = 500) String title, @NotNull LocalDate heldOn, LocalDate endsOn,
            @Size(max = 255) String commune, @Size(max = 2) String provinceCode, @Size(max = 2) String formerProvinceCode,
            @NotEmpty @Size(max = 8) List<Audience> audiences, Boolean ethnicMinorityArea,
            @NotNull @Min(0) @Max(Gathering.MAX_ATTENDANCE) Integer attendance, @Size(max = 500) List<String> organisationIds) {

        GatheringTerms toTerms() {
            return new GatheringTerms(kind, title, heldOn, endsOn, new Place(commune, provinceCode, formerProvinceCode),
                    audiences, Boolean.TRUE.equals(ethnicMinorityArea));
        }
    }

    record AttendanceCorrection(@NotNull @Min(0) @Max(Gathering.MAX_ATTENDANCE) Integer attendance,
            @Size(max = 500) List<String> organisationIds, LocalDate on) {
    }

    /** A commendation (bằng khen) to an organisation, from {@code awardedBy} (e.g. "UBND tỉnh Đắk Nông"). */
    record Award(@NotBlank @Size(max = 64) String organisationId, @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 255) String awardedBy) {
    }
}
