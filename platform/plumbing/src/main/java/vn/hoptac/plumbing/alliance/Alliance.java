package vn.hoptac.plumbing.alliance;

/**
 * The alliance this deployment serves, validated against the current provinces at startup so a
 * mistyped code stops the service rather than stamping wrong events.
 */
public final class Alliance {

    private final Province province;
    private final String service;

    public Alliance(AllianceProperties properties, AdministrativeUnits units) {
        this.province = units.currentProvince(properties.provinceCode()).orElseThrow(() -> new IllegalStateException(
                "hoptac.alliance.province-code=" + properties.provinceCode()
                        + " is not a current (2025) province code; see reference-data/admin-units/provinces-2025.csv"));
        if (properties.service() == null || !properties.service().matches("[a-z][a-z-]*")) {
            throw new IllegalStateException("hoptac.alliance.service must be a short lower-case name, e.g. registry");
        }
        this.service = properties.service();
    }

    public Province province() {
        return province;
    }

    public String provinceCode() {
        return province.code();
    }

    /** The CloudEvents {@code source} of this service's events, e.g. {@code /provinces/19/registry}. */
    public String eventSource() {
        return "/provinces/" + province.code() + "/" + service;
    }
}
