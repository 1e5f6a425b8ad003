package vn.hoptac.contracts.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import org.junit.jupiter.api.Test;
import vn.hoptac.contracts.indicators.IndicatorDocuments.File;

/** The indicator files: listed, valid against their format's schema, and what the catalogue reads. */
class IndicatorFilesTest {

    private static final JsonSchema SCHEMA = IndicatorDocuments.schema();

    @Test
    void theIndexListsEveryFileOfItsFolder() {
        String folder = IndicatorCatalog.RESOURCE_FOLDER;
        List<String> listed = new ArrayList<>();
        IndicatorDocuments.readJson(folder + IndicatorCatalog.INDEX).path("indicators")
                .forEach(n -> listed.add(n.asText()));
        assertThat(listed).as(folder).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IndicatorDocuments.folderFiles(folder));
    }

    @Test
    void everyIndicatorFileIsValidAgainstTheIndicatorSchema() {
        assertThat(IndicatorDocuments.published()).hasSizeGreaterThanOrEqualTo(13);
        for (File file : IndicatorDocuments.published()) {
            assertThat(IndicatorDocuments.errors(SCHEMA, file.json())).as(file.name()).isEmpty();
            assertThat(file.name()).isEqualTo(file.id() + ".v" + file.json().path("version").asInt() + ".json");
        }
    }

    @Test
    void theSchemaHasTeeth() {
        JsonNode good = IndicatorDocuments.published().stream().filter(f -> f.id().equals("campaigns.attendances"))
                .findFirst().orElseThrow().json();
        assertThat(IndicatorDocuments.errors(SCHEMA, good)).isEmpty();

        ObjectNode countWithValue = good.deepCopy();
        countWithValue.put("aggregation", "COUNT");
        assertThat(IndicatorDocuments.errors(SCHEMA, countWithValue)).isNotEmpty();

        ObjectNode latestWithoutStart = good.deepCopy();
        ((ArrayNode) latestWithoutStart.path("reads")).remove(0);
        assertThat(IndicatorDocuments.errors(SCHEMA, latestWithoutStart)).isNotEmpty();

        ObjectNode sumWithoutValue = good.deepCopy();
        sumWithoutValue.put("aggregation", "SUM");
        ((ArrayNode) sumWithoutValue.path("reads")).forEach(r -> {
            ((ObjectNode) r).put("mode", "ADD");
            ((ObjectNode) r).remove("value");
        });
        assertThat(IndicatorDocuments.errors(SCHEMA, sumWithoutValue)).isNotEmpty();

        ObjectNode badUnit = good.deepCopy();
        badUnit.put("unit", "people");
        assertThat(IndicatorDocuments.errors(SCHEMA, badUnit)).singleElement().asString().startsWith("$.unit");

        ObjectNode badDate = good.deepCopy();
        ((ObjectNode) badDate.path("goldenVectors").path(0).path("window")).put("from", "2025-02-30");
        assertThat(IndicatorDocuments.errors(SCHEMA, badDate)).isNotEmpty();

        ObjectNode noCounted = good.deepCopy();
        ((ObjectNode) noCounted.path("goldenVectors").path(0)).remove("counted");
        assertThat(IndicatorDocuments.errors(SCHEMA, noCounted)).isNotEmpty();

        ObjectNode extra = good.deepCopy();
        extra.put("owner", "campaigns");
        assertThat(IndicatorDocuments.errors(SCHEMA, extra)).isNotEmpty();
    }

    @Test
    void theCatalogueReadsEveryPublishedFile() {
        IndicatorCatalog catalog = IndicatorCatalog.load();
        assertThat(catalog).isSameAs(IndicatorCatalog.load());
        assertThat(catalog.all()).extracting(Indicator::id)
                .containsExactlyElementsOf(IndicatorDocuments.published().stream().map(File::id).toList());
        assertThat(catalog.all()).extracting(Indicator::id).containsExactlyInAnyOrder(
                "registry.cooperatives-founded", "registry.groups-founded", "registry.founder-groups-advised",
                "registry.members-admitted", "loans.dossiers-received", "loans.dossiers-appraised",
                "loans.loans-disbursed", "loans.amount-disbursed", "campaigns.classes-held", "campaigns.attendances",
                "campaigns.commendations-awarded", "campaigns.activities-done",
                "campaigns.newsletter-issues-published");
        Set<String> types = new LinkedHashSet<>();
        for (File file : IndicatorDocuments.published()) {
            file.json().path("reads").forEach(r -> types.add(r.path("type").asText()));
        }
        assertThat(catalog.eventTypes()).containsExactlyInAnyOrderElementsOf(types);
        assertThat(catalog.eventTypes()).contains("vn.hoptac.campaigns.gathering.attendance-corrected.v1")
                .doesNotContain("vn.hoptac.registry.organisation.dissolved.v1");
    }

    @Test
    void anIndicatorIsWhatItsFileSays() {
        for (File file : IndicatorDocuments.published()) {
            JsonNode json = file.json();
            Indicator indicator = IndicatorCatalog.load().require(file.id());
            assertThat(indicator.version()).isEqualTo(json.path("version").asInt());
            assertThat(indicator.nameVi()).isEqualTo(json.path("name").path("vi").asText());
            assertThat(indicator.nameEn()).isEqualTo(json.path("name").path("en").asText());
            assertThat(indicator.unit()).isEqualTo(json.path("unit").asText());
            assertThat(indicator.kind().name()).isEqualTo(json.path("kind").asText());
            assertThat(indicator.aggregation().name()).isEqualTo(json.path("aggregation").asText());
            assertThat(indicator.rule()).isEqualTo(json.path("rule").path("en").asText());
            assertThat(indicator.ruleVi()).isEqualTo(json.path("rule").path("vi").asText());
            List<String> filters = new ArrayList<>();
            json.path("filters").fieldNames().forEachRemaining(filters::add);
            assertThat(indicator.filterNames()).containsExactlyElementsOf(filters);
            assertThat(indicator.toString()).isEqualTo(file.id() + ".v1");
        }
    }

    @Test
    void vietnameseTextsAreNfcAndRulesAreShort() {
        for (File file : IndicatorDocuments.published()) {
            for (String text : List.of(file.json().path("name").path("vi").asText(),
                    file.json().path("rule").path("vi").asText())) {
                assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(file.name() + ": " + text).isTrue();
            }
            for (String language : List.of("en", "vi")) {
                String rule = file.json().path("rule").path(language).asText();
                long sentences = rule.chars().filter(c -> c == '.').count()
                        - countOf(rule, "organisation.") - countOf(rule, "dossier.") - countOf(rule, "membership.")
                        - countOf(rule, "founder-group.") - countOf(rule, "gathering.") - countOf(rule, "plan.")
                        - countOf(rule, "loan.") - countOf(rule, "publication.");
                assertThat(sentences).as(file.name() + " rule " + language + " in one or two sentences").isBetween(1L, 2L);
            }
        }
    }

    private static long countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void findingAndRequiring() {
        IndicatorCatalog catalog = IndicatorCatalog.load();
        assertThat(catalog.find("registry.cooperatives-founded")).isPresent();
        assertThat(catalog.find("registry.cooperatives")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalog.require("loans.recovered"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown indicator 'loans.recovered'")
                .hasMessageContaining("loans.amount-disbursed");
    }
}
