package vn.hoptac.loan.organisation.domain;

import java.util.Optional;
import java.util.Set;

/**
 * What the loan service knows of an organisation, learnt only from the registry's events: enough to
 * decide who may borrow. The registry stays the owner; this is a local copy.
 *
 * @param lastSequence the number of the registry's last event applied to it
 */
public record KnownOrganisation(String id, String name, String type, String status, String provinceCode, String commune,
        long lastSequence) {

    private static final Set<String> BORROWERS = Set.of("COOPERATIVE", "UNION_OF_COOPERATIVES");

    /**
     * Why it may not borrow from a fund of {@code provinceCode}, or empty when it may: an operating
     * cooperative or union of the province, or a cooperative group where the fund lends to groups.
     */
    public Optional<String> refusalToBorrow(String allianceProvince, boolean fundLendsToGroups, String fundId) {
        boolean group = "COOPERATIVE_GROUP".equals(type) && fundLendsToGroups;
        if (!BORROWERS.contains(type) && !group) {
            return Optional.of("a " + type + " cannot borrow from fund " + fundId);
        }
        if (!"OPERATING".equals(status)) {
            return Optional.of("only an operating organisation can borrow; " + name + " is " + status);
        }
        if (!allianceProvince.equals(provinceCode)) {
            return Optional.of("the organisation is not of this alliance's province (" + allianceProvince + ")");
        }
        return Optional.empty();
    }
}
