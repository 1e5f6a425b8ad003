package vn.hoptac.contracts.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Test access to the indicator files, read independently of {@link IndicatorCatalog}: the published
 * ones in {@value IndicatorCatalog#RESOURCE_FOLDER}.
 */
final class IndicatorDocuments {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SCHEMA = IndicatorCatalog.RESOURCE_FOLDER + "indicator.schema.json";

    private IndicatorDocuments() {
    }

    /** An indicator file as read, with the name it has in its folder. */
    record File(String folder, String name, JsonNode json) {
        String id() {
            return json.path("id").asText();
        }
    }

    static List<File> published() {
        return files(IndicatorCatalog.RESOURCE_FOLDER);
    }

    /** The files an index lists, in its order. */
    static List<File> files(String folder) {
        List<File> files = new ArrayList<>();
        for (JsonNode name : readJson(folder + IndicatorCatalog.INDEX).path("indicators")) {
            files.add(new File(folder, name.asText(), readJson(folder + name.asText())));
        }
        return files;
    }

    /** The names of the files in a folder of the test class path, the index and the schema excluded. */
    static List<String> folderFiles(String folder) {
        try {
            Path root = Path.of(IndicatorDocuments.class.getClassLoader().getResource(folder + IndicatorCatalog.INDEX)
                    .toURI()).getParent();
            try (Stream<Path> files = Files.list(root)) {
                return files.map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals(IndicatorCatalog.INDEX) && !n.equals("indicator.schema.json"))
                        .sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The indicator file format's schema, with date formats asserted. */
    static JsonSchema schema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .locale(Locale.ENGLISH)
                .pathType(PathType.JSON_PATH)
                .formatAssertionsEnabled(true)
                .build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(readJson(SCHEMA),
                config);
        schema.initializeValidators();
        return schema;
    }

    static List<String> errors(JsonSchema schema, JsonNode document) {
        return schema.validate(document).stream().map(ValidationMessage::getMessage).toList();
    }

    static JsonNode readJson(String resource) {
        try (InputStream in = IndicatorDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing classpath resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
