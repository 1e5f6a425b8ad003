package vn.hoptac.contracts.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.hoptac.contracts.EventCatalog;
import vn.hoptac.contracts.EventSchemaValidator;
import vn.hoptac.contracts.EventType;
import vn.hoptac.contracts.indicators.IndicatorDocuments.File;

/** The events of the golden vectors are events as published, and the vectors cover the tricky cases. */
class GoldenVectorEventsTest {

    private static final EventSchemaValidator VALIDATOR = new EventSchemaValidator();

    @Test
    void everyEventOfAPublishedIndicatorsVectorsIsValidAgainstItsSchema() {
        int events = 0;
        for (File file : IndicatorDocuments.published()) {
            for (JsonNode vector : file.json().path("goldenVectors")) {
                for (JsonNode event : vector.path("events")) {
                    String type = event.path("type").asText();
                    assertThat(VALIDATOR.validate(type, IndicatorDocuments.bytes(event.path("data"))))
                            .as(file.name() + " '" + vector.path("name").asText() + "' event " + event.path("id").asText())
                            .isEmpty();
                    events++;
                }
            }
        }
        assertThat(events).isGreaterThan(200);
    }

    /** ce_subject is the aggregate id: by convention the first property of the type's schema. */
    @Test
    void everyEventsSubjectIsItsAggregateId() {
        for (File file : IndicatorDocuments.published()) {
            for (JsonNode vector : file.json().path("goldenVectors")) {
                for (JsonNode event : vector.path("events")) {
                    EventType type = EventCatalog.load().require(event.path("type").asText());
                    String idProperty = IndicatorDocuments.readJson(type.schemaResource()).path("properties").fieldNames()
                            .next();
                    assertThat(event.path("subject").asText()).as(file.name() + " " + event.path("id").asText())
                            .isEqualTo(event.path("data").path(idProperty).asText());
                }
            }
        }
    }

    /** The same id is always the same event, across the vectors of a file. */
    @Test
    void anIdIsOneEvent() {
        for (File file : IndicatorDocuments.published()) {
            Map<String, JsonNode> byId = new LinkedHashMap<>();
            for (JsonNode vector : file.json().path("goldenVectors")) {
                for (JsonNode event : vector.path("events")) {
                    JsonNode before = byId.putIfAbsent(event.path("id").asText(), event);
                    if (before != null) {
                        assertThat(event).as(file.name() + " " + event.path("id").asText()).isEqualTo(before);
                    }
                }
            }
        }
    }

    /**
     * Across its vectors, every indicator has: an event outside the window, a duplicate, a back-dated event
     * (dated in the window, received after one dated later), an event a filter excludes, and a correction or
     * an event of a type it does not read that might be thought to reduce it (a dissolution, a withdrawal...).
     */
    @Test
    void theVectorsCoverTheTrickyCases() {
        IndicatorCatalog catalog = IndicatorCatalog.read(getClass().getClassLoader(), IndicatorCatalog.RESOURCE_FOLDER);
        for (Indicator indicator : catalog.all()) {
            Set<String> cases = new HashSet<>();
            for (Indicator.GoldenVector vector : indicator.goldenVectors()) {
                Set<String> ids = new HashSet<>();
                LocalDate latestSoFar = null;
                for (Indicator.VectorEvent event : vector.events()) {
                    if (!ids.add(event.id())) {
                        cases.add("duplicate");
                    }
                    if (!indicator.eventTypes().contains(event.type())) {
                        cases.add("correction or an event not read");
                        continue;
                    }
                    Optional<Contribution> unfiltered = indicator.contribution(event.id(), event.type(), event.subject(),
                            event.data(), Map.of());
                    if (unfiltered.isEmpty()) {
                        continue;
                    }
                    Contribution c = unfiltered.get();
                    if (c.mode() == Contribution.Mode.REPLACE) {
                        cases.add("correction or an event not read");
                    }
                    boolean inWindow = !c.businessDate().isBefore(vector.from()) && !c.businessDate().isAfter(vector.to());
                    if (!inWindow) {
                        cases.add("outside the window");
                    }
                    if (inWindow && latestSoFar != null && c.businessDate().isBefore(latestSoFar)) {
                        cases.add("back-dated");
                    }
                    latestSoFar = latestSoFar == null || c.businessDate().isAfter(latestSoFar) ? c.businessDate()
                            : latestSoFar;
                    if (!vector.filter().isEmpty() && indicator.contribution(event.id(), event.type(), event.subject(),
                            event.data(), vector.filter()).isEmpty()) {
                        cases.add("excluded by a filter");
                    }
                }
            }
            assertThat(cases).as(indicator.id()).containsExactlyInAnyOrder("duplicate", "correction or an event not read",
                    "outside the window", "back-dated", "excluded by a filter");
        }
    }
}
