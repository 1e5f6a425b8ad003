package vn.hoptac.testsupport.structure.clean.one.domain;

/** A plain domain class. */
public record Rule(String name) {
}
