package vn.hoptac.contracts.indicators;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.hoptac.contracts.EventCatalog;

/**
 * The catalogue of every published indicator.
 *
 * <p>Its source is the folder {@value #RESOURCE_FOLDER} on the class path: {@value #INDEX} lists the
 * indicator files, {@code <id>.v<version>.json} each, valid against {@code indicator.schema.json}. A new
 * indicator, or a new version of one, is a new file and a new line of the index (a test keeps the two
 * equal). Like {@link EventCatalog}, it reads named resources only, so it works the same from a jar.
 *
 * <p>Instances are immutable and thread-safe. {@link #load()} reads the files once per class loader and
 * returns the same instance afterwards.
 */
public final class IndicatorCatalog {

    /** Classpath folder of the indicator files. */
    public static final String RESOURCE_FOLDER = "contracts/indicators/";

    /** The index file in {@link #RESOURCE_FOLDER}, listing the indicator files. */
    public static final String INDEX = "index.json";

    private static volatile IndicatorCatalog loaded;

    private final List<Indicator> all;
    private final Map<String, Indicator> byId;
    private final Set<String> eventTypes;

    IndicatorCatalog(List<Indicator> all) {
        this.all = List.copyOf(all);
        Map<String, Indicator> index = new LinkedHashMap<>();
        Set<String> types = new LinkedHashSet<>();
        for (Indicator indicator : all) {
            if (index.put(indicator.id(), indicator) != null) {
                throw new IllegalStateException("indicator '" + indicator.id() + "' is published twice");
            }
            types.addAll(indicator.eventTypes());
        }
        this.byId = Collections.unmodifiableMap(index);
        this.eventTypes = Collections.unmodifiableSet(types);
    }

    /**
     * Returns the catalogue read from {@value #RESOURCE_FOLDER} on this module's class path.
     *
     * @return the catalogue (the same instance on every call once read)
     * @throws IllegalStateException if a file is missing or inconsistent (a build-time error: the module's
     *                               tests would have failed)
     */
    public static IndicatorCatalog load() {
        IndicatorCatalog catalog = loaded;
        if (catalog == null) {
            synchronized (IndicatorCatalog.class) {
                catalog = loaded;
                if (catalog == null) {
                    catalog = read(IndicatorCatalog.class.getClassLoader(), RESOURCE_FOLDER);
                    loaded = catalog;
                }
            }
        }
        return catalog;
    }

    /**
     * Finds an indicator by its id.
     *
     * @param id the indicator's id, e.g. {@code registry.cooperatives-founded}; {@code null} finds nothing
     * @return the indicator, or empty if none is published under that id
     */
    public Optional<Indicator> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /**
     * Returns an indicator that must exist.
     *
     * @param id the indicator's id
     * @return the indicator
     * @throws IllegalArgumentException if none is published under that id
     */
    public Indicator require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown indicator '" + id + "': one of "
                + byId.keySet()));
    }

    /** @return every published indicator, in the order of the index */
    public List<Indicator> all() {
        return all;
    }

    /** @return every event type ({@code ce_type}) that some indicator reads: what a consumer must keep */
    public Set<String> eventTypes() {
        return eventTypes;
    }

    /** Reads the indicators listed in {@code folder + INDEX} through the class loader. */
    static IndicatorCatalog read(ClassLoader classLoader, String folder) {
        return new IndicatorCatalog(IndicatorFiles.read(classLoader, folder, EventCatalog.load()));
    }
}
