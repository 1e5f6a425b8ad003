package vn.hoptac.contracts.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every golden vector gives its figure; the runner and the reader catch what is wrong. */
class GoldenVectorsTest {

    private static final String MEMBERS = "registry.members-admitted.v1.json";
    private static final String ATTENDANCES = "campaigns.attendances.v1.json";

    @TempDir
    Path dir;

    @Test
    void everyGoldenVectorGivesItsFigure() {
        assertThat(GoldenVectors.failures(IndicatorCatalog.load())).isEmpty();
        int vectors = IndicatorCatalog.load().all().stream().mapToInt(i -> i.goldenVectors().size()).sum();
        assertThat(vectors).isGreaterThanOrEqualTo(30);
    }

    @Test
    void theRunnerReportsAWrongFigureAndWrongCountedEvents() throws IOException {
        IndicatorCatalog catalog = catalogOf(MEMBERS, file -> {
            ObjectNode first = (ObjectNode) file.path("goldenVectors").path(0);
            first.put("figure", 6);
            ((ArrayNode) first.path("counted")).remove(0);
        });
        assertThat(GoldenVectors.failures(catalog)).containsExactly(
                "registry.members-admitted.v1 'the first half of 2024: a duplicate, a membership that ended, a "
                        + "re-admission, a late entry': the figure is 5, the vector says 6",
                GoldenVectors.failures(catalog).get(1));
        assertThat(GoldenVectors.failures(catalog).get(1)).contains("counted [").contains(", the vector says [");
    }

    @Test
    void theRunnerReportsAnEventItCannotRead() throws IOException {
        IndicatorCatalog catalog = catalogOf(MEMBERS, file -> ((ObjectNode) file.path("goldenVectors").path(0)
                .path("events").path(0).path("data")).remove("effectiveOn"));
        assertThat(GoldenVectors.failures(catalog)).singleElement().asString()
                .contains("/effectiveOn is not a date (YYYY-MM-DD): missing");
    }

    @Test
    void theReaderRefusesAFileNotNamedAfterItsIndicator() throws IOException {
        assertRefused(MEMBERS, file -> file.put("version", 2), "must be named registry.members-admitted.v2.json");
    }

    @Test
    void theReaderRefusesATypeNotPublished() throws IOException {
        assertRefused(MEMBERS, file -> ((ObjectNode) file.path("reads").path(0)).put("type",
                "vn.hoptac.registry.membership.renewed.v1"), "not in the event catalogue");
    }

    @Test
    void theReaderRefusesAModeThatDoesNotFitTheAggregation() throws IOException {
        assertRefused(MEMBERS, file -> ((ObjectNode) file.path("reads").path(0)).put("mode", "START"),
                "mode START without a value does not fit COUNT");
        assertRefused(ATTENDANCES, file -> ((ObjectNode) file.path("reads").path(1)).remove("value"),
                "either every type of a LATEST_PER_SUBJECT indicator names its value");
        assertRefused(ATTENDANCES, file -> ((ObjectNode) file.path("reads").path(0)).put("mode", "REPLACE"),
                "LATEST_PER_SUBJECT needs a START type");
    }

    @Test
    void theReaderRefusesAFilterWithoutAPointerForACountedType() throws IOException {
        assertRefused(MEMBERS, file -> ((ObjectNode) file.path("filters").path("batch").path("pointers")).removeAll(),
                "filter batch has no pointer for vn.hoptac.registry.membership.admitted.v1");
        assertRefused(MEMBERS, file -> ((ObjectNode) file.path("filters").path("batch").path("pointers"))
                .put("vn.hoptac.registry.membership.ended.v1", "/batch"), "which it does not read");
    }

    @Test
    void theReaderRefusesAVectorWithAFilterThatIsNotValid() throws IOException {
        assertRefused(MEMBERS, file -> ((ObjectNode) file.path("goldenVectors").path(1).path("filter"))
                .put("sector", "AGRICULTURE"), "filter 'sector' is not a filter of registry.members-admitted");
    }

    @Test
    void theReaderRefusesAMissingFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("x"));
        Files.writeString(folder.resolve(IndicatorCatalog.INDEX), "{\"indicators\": [\"loans.recovered.v1.json\"]}");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> IndicatorCatalog.read(loader, "x/")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("x/loans.recovered.v1.json");
        }
    }

    private void assertRefused(String fileName, Consumer<ObjectNode> change, String message) throws IOException {
        assertThatThrownBy(() -> catalogOf(fileName, change)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("x/" + fileName).hasMessageContaining(message);
    }

    /** A catalogue of one published file, changed, read from a folder {@code x/} of its own. */
    private IndicatorCatalog catalogOf(String fileName, Consumer<ObjectNode> change) throws IOException {
        ObjectNode file = (ObjectNode) IndicatorDocuments.readJson(IndicatorCatalog.RESOURCE_FOLDER + fileName).deepCopy();
        change.accept(file);
        Path folder = Files.createDirectories(dir.resolve("x"));
        Files.write(folder.resolve(fileName), IndicatorDocuments.bytes(file));
        Files.writeString(folder.resolve(IndicatorCatalog.INDEX), "{\"indicators\": [\"" + fileName + "\"]}");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            return IndicatorCatalog.read(loader, "x/");
        }
    }
}
