package vn.hoptac.registry.foundergroup.domain;

import java.time.LocalDate;
import vn.hoptac.registry.organisation.domain.Sector;

/** The alliance started to follow a founder group; {@code effectiveOn} is the date it was recorded. */
public record FounderGroupRecorded(String founderGroupId, String provinceCode, LocalDate effectiveOn, String actor,
        String name, String contact, Sector intendedSector, String commune) implements FounderGroupEvent {
}
