package vn.hoptac.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Rules the schema files keep so that they read the same everywhere and agree with each other. */
class SchemaFilesTest {

    private static final String PROFILE = "contracts/schemas/registry/organisation-profile.v1.json";

    /** The common data of every registry event. */
    private static final List<String> COMMON =
            List.of("organisationId", "provinceCode", "organisationType", "status", "effectiveOn", "actor");

    /**
     * Keywords that mean the same in JSON Schema 2020-12 and in the AsyncAPI Schema Object (draft-07),
     * so the AsyncAPI document's readers and our 2020-12 validator agree.
     */
    private static final Set<String> PORTABLE_KEYWORDS = Set.of(
            "$schema", "$id", "$ref", "title", "description", "type", "properties", "required",
            "additionalProperties", "enum", "const", "pattern", "format", "minLength", "maxLength", "minimum",
            "maximum", "items", "minItems", "maxItems", "uniqueItems");

    @Test
    void schemasUseOnlyPortableKeywordsAndAreClosed() {
        for (String file : Documents.schemaFiles()) {
            JsonNode schema = Documents.readJson(file);
            assertThat(schema.path("type").asText()).as(file).isEqualTo("object");
            assertThat(schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean())
                    .as(file + " additionalProperties false").isTrue();
            assertThat(schema.path("description").asText()).as(file).contains("consumers MUST ignore properties");
            List<String> keywords = new ArrayList<>();
            collectKeywords(schema, keywords);
            assertThat(keywords).as(file).isSubsetOf(PORTABLE_KEYWORDS);
            // $ref has no siblings: draft-07 readers would ignore them
            assertNoRefSiblings(file, schema);
        }
    }

    @Test
    void everyPropertyIsRequiredAndDescribed() {
        for (String file : Documents.schemaFiles()) {
            JsonNode schema = Documents.readJson(file);
            List<String> properties = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(n -> required.add(n.asText()));
            assertThat(required).as(file).containsExactlyElementsOf(properties);
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                if (!property.getValue().has("$ref")) {
                    assertThat(property.getValue().path("description").asText()).as(file + " " + property.getKey())
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void commonPropertiesAreTheSameInEveryEvent() {
        JsonNode reference = Documents.readJson(EventCatalog.load().all().get(0).schemaResource()).path("properties");
        for (EventType type : EventCatalog.load().all()) {
            JsonNode properties = Documents.readJson(type.schemaResource()).path("properties");
            List<String> names = new ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            assertThat(names.subList(0, COMMON.size())).as(type.type()).containsExactlyElementsOf(COMMON);
            for (String name : COMMON) {
                if (name.equals("status")) {
                    JsonNode status = properties.path("status");
                    List<String> allowed = new ArrayList<>();
                    (status.has("const") ? List.of(status.path("const")) : toList(status.path("enum")))
                            .forEach(n -> allowed.add(n.asText()));
                    assertThat(allowed).as(type.type()).isNotEmpty().isSubsetOf("OPERATING", "SUSPENDED", "DISSOLVED");
                } else {
                    assertThat(properties.path(name)).as(type.type() + " " + name).isEqualTo(reference.path(name));
                }
            }
        }
    }

    @Test
    void sharedEnumsAndFormatsAgree() {
        JsonNode profile = Documents.readJson(PROFILE).path("properties");
        JsonNode registered = Documents.readJson("contracts/schemas/registry/organisation.registered.v1.json").path("properties");
        JsonNode converted = Documents.readJson("contracts/schemas/registry/organisation.converted.v1.json").path("properties");
        assertThat(profile.path("type").path("enum")).isEqualTo(registered.path("organisationType").path("enum"));
        assertThat(profile.path("provinceCode").path("pattern")).isEqualTo(registered.path("provinceCode").path("pattern"));
        assertThat(profile.path("foundedOn").path("pattern")).isEqualTo(registered.path("effectiveOn").path("pattern"));
        assertThat(converted.path("fromLegalBasis").path("enum")).isEqualTo(profile.path("legalBasis").path("enum"))
                .isEqualTo(converted.path("toLegalBasis").path("enum"));
        assertThat(converted.path("registrationCode").path("pattern"))
                .isEqualTo(profile.path("registrationCode").path("pattern"));
        assertThat(toList(profile.path("sector").path("enum"))).extracting(JsonNode::asText).containsExactly(
                "AGRICULTURE", "INDUSTRY_HANDICRAFT", "TRADE_SERVICES", "TRANSPORT", "CONSTRUCTION", "ENVIRONMENT",
                "CREDIT", "OTHER");
    }

    @Test
    void changedFieldsAreExactlyTheProfileProperties() {
        JsonNode profile = Documents.readJson(PROFILE);
        JsonNode changedFields = Documents.readJson("contracts/schemas/registry/organisation.profile-changed.v1.json")
                .path("properties").path("changedFields");
        List<String> profileProperties = new ArrayList<>();
        profile.path("properties").fieldNames().forEachRemaining(profileProperties::add);
        assertThat(toList(changedFields.path("items").path("enum"))).extracting(JsonNode::asText)
                .containsExactlyElementsOf(profileProperties);
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** Collects the keywords of a schema and its subschemas (property names are not keywords). */
    private static void collectKeywords(JsonNode schema, List<String> into) {
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            into.add(entry.getKey());
            switch (entry.getKey()) {
                case "properties" -> entry.getValue().properties().forEach(p -> collectKeywords(p.getValue(), into));
                case "items" -> collectKeywords(entry.getValue(), into);
                case "additionalProperties" -> {
                    if (entry.getValue().isObject()) {
                        collectKeywords(entry.getValue(), into);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void assertNoRefSiblings(String file, JsonNode node) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                assertThat(node.size()).as(file + ": $ref with siblings " + node).isEqualTo(1);
            }
            node.forEach(child -> assertNoRefSiblings(file, child));
        } else if (node.isArray()) {
            node.forEach(child -> assertNoRefSiblings(file, child));
        }
    }
}
