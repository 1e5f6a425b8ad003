package vn.hoptac.contracts.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.hoptac.contracts.EventCatalog;
import vn.hoptac.contracts.indicators.IndicatorDocuments.File;

/**
 * Every pointer of every published indicator exists in its event type's schema (walking the schema's
 * properties and its references), with the type the indicator needs there, and every value an indicator
 * allows is a value the schema allows.
 */
class IndicatorPointersTest {

    /** A property found by walking a schema: its subschema, and whether every step of the path is required. */
    record Found(JsonNode schema, boolean alwaysPresent) {
        List<String> types() {
            JsonNode type = schema.path("type");
            List<String> out = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(t -> out.add(t.asText()));
            } else if (type.isTextual()) {
                out.add(type.asText());
            }
            return out;
        }

        /** The values the schema allows there, as text; empty when it allows any text. */
        List<String> allowed() {
            List<String> out = new ArrayList<>();
            if (schema.has("const")) {
                out.add(schema.path("const").asText());
            } else if (schema.has("enum")) {
                schema.path("enum").forEach(v -> out.add(v.asText()));
            } else if (types().contains("boolean")) {
                out.addAll(List.of("true", "false"));
            }
            return out;
        }
    }

    /** Walks the data schema of a type along a pointer; empty if the pointer does not exist. */
    static Optional<Found> resolve(String type, String pointer) {
        String resource = EventCatalog.load().require(type).schemaResource();
        JsonNode schema = IndicatorDocuments.readJson(resource);
        boolean required = true;
        for (String token : pointer.substring(1).split("/")) {
            while (schema.has("$ref")) {
                resource = resource.substring(0, resource.lastIndexOf('/') + 1) + schema.path("$ref").asText();
                schema = IndicatorDocuments.readJson(resource);
            }
            JsonNode property = schema.path("properties").path(token);
            if (property.isMissingNode()) {
                return Optional.empty();
            }
            boolean listed = false;
            for (JsonNode name : schema.path("required")) {
                listed |= name.asText().equals(token);
            }
            required &= listed;
            schema = property;
        }
        while (schema.has("$ref")) {
            resource = resource.substring(0, resource.lastIndexOf('/') + 1) + schema.path("$ref").asText();
            schema = IndicatorDocuments.readJson(resource);
        }
        return Optional.of(new Found(schema, required));
    }

    /** Checks the pointers of a file; returns the "type pointer" of those that do not exist. */
    static List<String> check(File file) {
        List<String> missing = new ArrayList<>();
        String name = file.name();
        for (JsonNode read : file.json().path("reads")) {
            String type = read.path("type").asText();
            Optional<Found> date = resolve(type, read.path("businessDate").asText());
            assertThat(date).as(name + " " + type + " businessDate").isPresent();
            assertThat(date.get().types()).as(name + " " + type + " businessDate").containsExactly("string");
            assertThat(date.get().schema().path("format").asText()).as(name + " " + type + " businessDate").isEqualTo("date");
            assertThat(date.get().alwaysPresent()).as(name + " " + type + " businessDate is required").isTrue();
            if (read.has("value")) {
                Optional<Found> value = resolve(type, read.path("value").asText());
                assertThat(value).as(name + " " + type + " value").isPresent();
                assertThat(value.get().types()).as(name + " " + type + " value").containsExactly("integer");
                assertThat(value.get().alwaysPresent()).as(name + " " + type + " value is required").isTrue();
            }
            for (Map.Entry<String, JsonNode> where : read.path("where").properties()) {
                Optional<Found> found = resolve(type, where.getKey());
                if (found.isEmpty()) {
                    missing.add(type + " " + where.getKey());
                    continue;
                }
                List<String> values = new ArrayList<>();
                where.getValue().forEach(v -> values.add(v.asText()));
                assertThat(found.get().allowed()).as(name + " " + type + " where " + where.getKey()).isNotEmpty()
                        .containsAll(values);
            }
        }
        for (Map.Entry<String, JsonNode> filter : file.json().path("filters").properties()) {
            JsonNode definition = filter.getValue();
            for (Map.Entry<String, JsonNode> pointer : definition.path("pointers").properties()) {
                String where = name + " filter " + filter.getKey() + " " + pointer.getKey() + " " + pointer.getValue().asText();
                Optional<Found> found = resolve(pointer.getKey(), pointer.getValue().asText());
                if (found.isEmpty()) {
                    missing.add(pointer.getKey() + " " + pointer.getValue().asText());
                    continue;
                }
                if (definition.has("values")) {
                    List<String> values = new ArrayList<>();
                    definition.path("values").forEach(v -> values.add(v.asText()));
                    assertThat(found.get().allowed()).as(where).containsAll(values);
                } else {
                    assertThat(found.get().allowed()).as(where + ": a free filter on a field of free text").isEmpty();
                    assertThat(found.get().types()).as(where).contains("string");
                }
            }
        }
        return missing;
    }

    @Test
    void everyPointerOfAPublishedIndicatorExistsInItsEventsSchema() {
        for (File file : IndicatorDocuments.published()) {
            assertThat(check(file)).as(file.name()).isEmpty();
        }
    }

    @Test
    void theWalkFollowsReferencesAndFindsWhatIsMissing() {
        String registered = "vn.hoptac.registry.organisation.registered.v1";
        assertThat(resolve(registered, "/profile/sector")).get().extracting(Found::alwaysPresent).isEqualTo(true);
        assertThat(resolve(registered, "/profile/sector").get().allowed()).contains("AGRICULTURE", "CREDIT");
        assertThat(resolve(registered, "/profile/formerProvinceCode")).get().extracting(Found::alwaysPresent)
                .isEqualTo(false);
        assertThat(resolve(registered, "/founderGroupId")).get().extracting(Found::alwaysPresent).isEqualTo(false);
        assertThat(resolve(registered, "/profile/kind")).isEmpty();
        assertThat(resolve("vn.hoptac.loans.dossier.appraised.v1", "/appraisal/appraisedAmount").get().types())
                .containsExactly("integer");
        assertThat(resolve("vn.hoptac.loans.dossier.received.v1", "/newRuralAreaCommune").get().allowed())
                .containsExactly("true", "false");
        assertThat(resolve("vn.hoptac.campaigns.publication.published.v1", "/title")).isEmpty();
        assertThat(Set.copyOf(resolve("vn.hoptac.campaigns.publication.recorded.v1", "/kind").get().allowed()))
                .isEqualTo(Set.of("NEWSLETTER_ISSUE", "PRESS_PAGE"));
        // optional additions are found, and known not to be always present
        assertThat(resolve("vn.hoptac.campaigns.publication.published.v1", "/kind")).get()
                .extracting(Found::alwaysPresent).isEqualTo(false);
        assertThat(resolve("vn.hoptac.campaigns.publication.published.v1", "/kind").get().allowed())
                .contains("NEWSLETTER_ISSUE", "PRESS_PAGE");
        assertThat(resolve("vn.hoptac.campaigns.plan.activity-completed.v1", "/category")).get()
                .extracting(Found::alwaysPresent).isEqualTo(false);
    }
}
