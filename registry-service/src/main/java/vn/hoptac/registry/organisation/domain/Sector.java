package vn.hoptac.registry.organisation.domain;

/** Agricultural and the non-agricultural sectors the alliances report on. */
public enum Sector {
    AGRICULTURE, INDUSTRY_HANDICRAFT, TRADE_SERVICES, TRANSPORT, CONSTRUCTION, ENVIRONMENT, CREDIT, OTHER
}
