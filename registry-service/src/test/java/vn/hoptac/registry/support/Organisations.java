package vn.hoptac.registry.support;

/** Request bodies for tests, from the seeds' cooperatives. */
public final class Organisations {

    private Organisations() {
    }

    /** The example body, with a registration code of the caller's choosing. */
    public static String teaCooperative(String registrationCode) {
        return """
                {"registrationCode": "%s", "name": "Hợp tác xã Chè Tân Hương", "type": "COOPERATIVE",
                 "sector": "AGRICULTURE", "provinceCode": "19", "foundedOn": "2018-03-15",
                 "membersCount": 45, "workersCount": 60}""".formatted(registrationCode);
    }

    public static String cooperative(String registrationCode, String name, String foundedOn) {
        return """
                {"registrationCode": "%s", "name": "%s", "type": "COOPERATIVE", "sector": "AGRICULTURE",
                 "provinceCode": "19", "commune": "Việt Lâm", "foundedOn": "%s", "membersCount": 12, "workersCount": 15,
                 "charterCapital": 300000000}""".formatted(registrationCode, name, foundedOn);
    }

    /** A unique 10-digit registration code for test {@code n} of run {@code run}. */
    public static String code(long run, int n) {
        return String.format("%010d", Math.floorMod(run * 100_000L + n, 10_000_000_000L));
    }
}
