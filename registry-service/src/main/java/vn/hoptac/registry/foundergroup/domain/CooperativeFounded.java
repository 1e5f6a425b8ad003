package vn.hoptac.registry.foundergroup.domain;

import java.time.LocalDate;

/**
 * A founder group's cooperative was registered; {@code effectiveOn} is the cooperative's founding
 * date and {@code actor} the officer who registered it.
 */
public record CooperativeFounded(String founderGroupId, String provinceCode, LocalDate effectiveOn, String actor,
        String organisationId) implements FounderGroupEvent {
}
