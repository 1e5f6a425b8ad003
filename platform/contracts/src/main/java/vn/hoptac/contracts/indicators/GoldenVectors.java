package vn.hoptac.contracts.indicators;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import vn.hoptac.contracts.indicators.Indicator.Figure;
import vn.hoptac.contracts.indicators.Indicator.GoldenVector;
import vn.hoptac.contracts.indicators.Indicator.VectorEvent;

/**
 * Runs the golden vectors of the indicator files: each vector's events, in their order, through
 * {@link Indicator#contribution} with the vector's filter, then {@link Indicator#figure} over the vector's
 * window as of its date, compared with the vector's figure and the ids it says are counted.
 *
 * <p>A consumer that computes figures its own way (its own store, another language) proves it agrees by
 * passing the same vectors, which are in the files; a Java consumer can simply assert that
 * {@code GoldenVectors.failures(IndicatorCatalog.load())} is empty in its tests.
 */
public final class GoldenVectors {

    private GoldenVectors() {
    }

    /**
     * Runs every golden vector of every indicator of the catalogue.
     *
     * @param catalog the catalogue
     * @return one message per vector that did not give its figure or its counted events (naming the indicator
     *         and the vector); empty when all pass
     */
    public static List<String> failures(IndicatorCatalog catalog) {
        List<String> failures = new ArrayList<>();
        catalog.all().forEach(indicator -> failures.addAll(failures(indicator)));
        return List.copyOf(failures);
    }

    /**
     * Runs the golden vectors of one indicator.
     *
     * @param indicator the indicator
     * @return one message per vector that did not match; empty when all pass
     */
    public static List<String> failures(Indicator indicator) {
        List<String> failures = new ArrayList<>();
        for (GoldenVector vector : indicator.goldenVectors()) {
            String where = indicator + " '" + vector.name() + "': ";
            try {
                List<Contribution> contributions = new ArrayList<>();
                for (VectorEvent event : vector.events()) {
                    Optional<Contribution> contribution = indicator.contribution(event.id(), event.type(),
                            event.subject(), event.data(), vector.filter());
                    contribution.ifPresent(contributions::add);
                }
                Figure figure = Indicator.figure(contributions, vector.from(), vector.to(), vector.asOf());
                if (figure.value() != vector.figure()) {
                    failures.add(where + "the figure is " + figure.value() + ", the vector says " + vector.figure());
                }
                Set<String> counted = new LinkedHashSet<>();
                figure.counted().forEach(c -> counted.add(c.eventId()));
                if (!counted.equals(vector.counted())) {
                    failures.add(where + "counted " + new TreeSet<>(counted) + ", the vector says "
                            + new TreeSet<>(vector.counted()));
                }
            } catch (RuntimeException e) {
                failures.add(where + e);
            }
        }
        return List.copyOf(failures);
    }
}
