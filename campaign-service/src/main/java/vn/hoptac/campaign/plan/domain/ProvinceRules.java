package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;

/**
 * Which province codes a place may name: a current province, and a former one only as part of its
 * successor and only for what happened before the 2025 merger took effect.
 *
 * @param currentProvinceCodes the 34 provinces since 2025
 * @param successorOfFormer    each 2008–2025 province's successor
 */
public record ProvinceRules(Set<String> currentProvinceCodes, Map<String, String> successorOfFormer) {

    public static final LocalDate MERGER_IN_FORCE = LocalDate.of(2025, 7, 1);

    /** The faults of {@code place} for something that started on {@code startsOn}, named under {@code prefix}. */
    public List<FieldError> check(Place place, LocalDate startsOn, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (place.provinceCode() != null && !currentProvinceCodes.contains(place.provinceCode())) {
            errors.add(new FieldError(prefix + "provinceCode", "is not the code of one of the 34 provinces since 2025"));
        }
        if (place.formerProvinceCode() != null) {
            String successor = successorOfFormer.get(place.formerProvinceCode());
            if (successor == null) {
                errors.add(new FieldError(prefix + "formerProvinceCode", "is not a province code of 2008–2025"));
            } else if (place.provinceCode() == null || !successor.equals(place.provinceCode())) {
                errors.add(new FieldError(prefix + "formerProvinceCode", "became part of province " + successor
                        + " in 2025: give provinceCode " + successor));
            } else if (startsOn != null && !startsOn.isBefore(MERGER_IN_FORCE)) {
                errors.add(new FieldError(prefix + "formerProvinceCode", "applies only to what started before "
                        + MERGER_IN_FORCE + ", when the former provinces still existed"));
            }
        }
        return errors;
    }
}
