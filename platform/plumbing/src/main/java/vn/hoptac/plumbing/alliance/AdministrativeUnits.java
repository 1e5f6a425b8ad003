package vn.hoptac.plumbing.alliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Vietnam's provincial units before and after the 2025 merger, read from the reference data shipped
 * in {@code reference-data/admin-units/}. Former and current units are kept apart because 23 current
 * units reuse a former code, some of a differently named unit: never join them on the code alone.
 */
public final class AdministrativeUnits {

    private static final String FOLDER = "reference-data/admin-units/";

    private final Map<String, Province> current;
    private final Map<String, Province> former;
    private final Map<String, String> successorOfFormer;

    private AdministrativeUnits(Map<String, Province> current, Map<String, Province> former,
            Map<String, String> successorOfFormer) {
        this.current = current;
        this.former = former;
        this.successorOfFormer = successorOfFormer;
    }

    public static AdministrativeUnits load() {
        Map<String, Province> current = provinces(read("provinces-2025.csv"));
        Map<String, Province> former = provinces(read("provinces-2008.csv"));
        Map<String, String> succession = new LinkedHashMap<>();
        for (String[] row : read("province-succession-2025.csv")) {
            succession.put(row[0], row[2]);
        }
        return new AdministrativeUnits(Collections.unmodifiableMap(current), Collections.unmodifiableMap(former),
                Collections.unmodifiableMap(succession));
    }

    /** A unit in force since 1 July 2025. */
    public Optional<Province> currentProvince(String code) {
        return Optional.ofNullable(current.get(code));
    }

    /** A unit in force from 1 August 2008 to 30 June 2025. */
    public Optional<Province> formerProvince(String code) {
        return Optional.ofNullable(former.get(code));
    }

    /** The current unit a former one became part of. */
    public Optional<Province> successorOf(String formerCode) {
        return Optional.ofNullable(successorOfFormer.get(formerCode)).map(current::get);
    }

    public List<Province> currentProvinces() {
        return List.copyOf(current.values());
    }

    public List<Province> formerProvinces() {
        return List.copyOf(former.values());
    }

    private static Map<String, Province> provinces(List<String[]> rows) {
        Map<String, Province> byCode = new LinkedHashMap<>();
        for (String[] row : rows) {
            byCode.put(row[0], new Province(row[0], row[1], row[2], row[3]));
        }
        return byCode;
    }

    // The files are simple UTF-8 CSV without quoted fields (checked by AdministrativeUnitsTest).
    private static List<String[]> read(String file) {
        InputStream in = AdministrativeUnits.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("Reference data missing from the classpath: " + FOLDER + file);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            String header = reader.readLine();
            int columns = header.split(",", -1).length;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] row = line.split(",", -1);
                if (row.length != columns) {
                    throw new IllegalStateException("Malformed row in " + file + ": " + line);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
