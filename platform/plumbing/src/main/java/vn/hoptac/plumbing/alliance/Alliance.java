package vn.hoptac.plumbing.alliance;

/**
 * The alliance this deployment serves, validated against the current provinces at startup so a
 * mistyped code stops the service rather than stamping wrong events.
 */
public final class Alliance {

    private final Province province;
    private final String service;
    private final boolean national;

    public Alliance(AllianceProperties properties, AdministrativeUnits units) {
        this.province = units.currentProvince(properties.provinceCode()).orElseThrow(() -> new IllegalStateException(
                "hoptac.alliance.province-code=" + properties.provinceCode()
                        + " is not a current (2025) province code; see reference-data/admin-units/provinces-2025.csv"));
        if (properties.service() == null || !properties.service().matches("[a-z][a-z-]*")) {
            throw new IllegalStateException("hoptac.alliance.service must be a short lower-case name, e.g. registry");
        }
        this.service = properties.service();
        this.national = properties.national();
    }

    /** The Vietnam Cooperative Alliance's own deployment rather than a province's. */
    public boolean national() {
        return national;
    }

    public String service() {
        return service;
    }

    public Province province() {
        return province;
    }

    public String provinceCode() {
        return province.code();
    }

    /**
     * The CloudEvents {@code source} of this service's events, e.g. {@code /provinces/19/registry}, or
     * {@code /national/reporting} for the national alliance's deployment.
     */
    public String eventSource() {
        return national ? "/national/" + service : sourceOf(province.code(), service);
    }

    /** The source of a province's service, as its events name it. */
    public static String sourceOf(String provinceCode, String service) {
        return "/provinces/" + provinceCode + "/" + service;
    }
}
