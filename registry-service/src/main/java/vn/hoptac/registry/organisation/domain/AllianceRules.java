package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;
import java.util.Set;

/** What the registry's rules need to know about the alliance and the calendar, given by the caller. */
public record AllianceRules(String allianceProvinceCode, Set<String> currentProvinceCodes, LocalDate today) {

    public boolean isCurrentProvince(String code) {
        return currentProvinceCodes.contains(code);
    }
}
