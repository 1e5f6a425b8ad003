package vn.hoptac.registry.valuechain;

import java.time.LocalDate;

/** An alliance added a product value chain to its catalogue. The record is the event data on the wire. */
public record ValueChainAdded(String chain, String provinceCode, LocalDate effectiveOn, String actor, String name) {
}
