package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What the registry's rules need to know about the alliance, the administrative units and the
 * calendar, given by the caller. {@code successorOfFormer} maps each 2008–2025 province code to the
 * current province it became part of: never compare former and current codes directly, since 2025
 * reused codes.
 */
public record AllianceRules(String allianceProvinceCode, Set<String> currentProvinceCodes,
        Map<String, String> successorOfFormer, LocalDate today) {

    /** The 2025 merger of provinces took effect on 1 July 2025. */
    public static final LocalDate MERGER_IN_FORCE = LocalDate.of(2025, 7, 1);

    /** Rules without the former units, where none are involved. */
    public AllianceRules(String allianceProvinceCode, Set<String> currentProvinceCodes, LocalDate today) {
        this(allianceProvinceCode, currentProvinceCodes, Map.of(), today);
    }

    public boolean isCurrentProvince(String code) {
        return currentProvinceCodes.contains(code);
    }
}
