package vn.hoptac.registry.foundergroup.domain;

import java.time.LocalDate;

/** One advisory session (buổi tư vấn) the alliance held with a founder group. */
public record AdviceSession(String sessionId, LocalDate date, String topic, String adviser) {
}
