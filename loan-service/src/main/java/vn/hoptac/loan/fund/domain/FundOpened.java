package vn.hoptac.loan.fund.domain;

import java.time.LocalDate;

/** A fund started lending through the platform. */
public record FundOpened(String fundId, String provinceCode, LocalDate effectiveOn, String actor, String name,
        FundKind kind, Long charterCapital) implements FundEvent {
}
