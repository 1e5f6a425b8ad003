package vn.hoptac.registry.support;

import vn.hoptac.testsupport.TestIssuer;

/** Bearer tokens of the registry's callers, from the tests' issuer. */
public final class Officers {

    public static final String AUTHORIZATION = "Authorization";

    private Officers() {
    }

    /** {@code Bearer …} of a registry officer of {@code province}; the subject is the actor in events. */
    public static String registryOfficer(String subject, String province) {
        return TestIssuer.shared().bearer(subject, province, "REGISTRY_OFFICER");
    }

    /** {@code Bearer …} of a viewer of {@code province}: what reads go with. */
    public static String viewer(String province) {
        return TestIssuer.shared().bearer("uy.ban.kiem.tra", province, "VIEWER");
    }
}
