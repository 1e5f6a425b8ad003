package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;

/** Taking part in a product value chain (chuỗi giá trị) from {@code joinedOn}, until {@code leftOn} if it left. */
public record ValueChainParticipation(String chain, String chainName, LocalDate joinedOn, LocalDate leftOn, String leftReason) {

    public boolean activeOn(LocalDate date) {
        return !joinedOn.isAfter(date) && (leftOn == null || leftOn.isAfter(date));
    }
}
