package vn.hoptac.registry.foundergroup.domain;

import java.time.LocalDate;

/** The alliance advised a founder group in a session held on {@code effectiveOn}. */
public record FounderGroupAdvised(String founderGroupId, String provinceCode, LocalDate effectiveOn, String actor,
        String sessionId, String topic, String adviser) implements FounderGroupEvent {
}
