package vn.hoptac.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Test access to the module's resources: the AsyncAPI document, its examples and the schema files. */
final class Documents {

    static final ObjectMapper JSON = new ObjectMapper();

    private Documents() {
    }

    /** The AsyncAPI document as plain maps and lists, read independently of {@link EventCatalog}. */
    static Map<String, Object> asyncApi() {
        try (InputStream in = resource(EventCatalog.ASYNCAPI_RESOURCE)) {
            return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The publishing service of a type: its topic without {@code .events}, e.g. {@code loans}. */
    static String service(EventType type) {
        return type.topic().substring(0, type.topic().length() - ".events".length());
    }

    /**
     * The data property that holds the aggregate id (the record key and {@code ce_subject}): by convention
     * the first property of the type's schema, e.g. {@code organisationId}, {@code loanId}, {@code fundId}.
     */
    static String aggregateIdProperty(EventType type) {
        return readJson(type.schemaResource()).path("properties").fieldNames().next();
    }

    /** The component messages, by message id. */
    static Map<String, Object> componentMessages() {
        return map(map(asyncApi().get("components")).get("messages"));
    }

    /** The component message whose name is the given type. */
    static Map<String, Object> message(String type) {
        return componentMessages().values().stream().map(Documents::map)
                .filter(m -> type.equals(m.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no AsyncAPI message named " + type));
    }

    /** The first example of a type's message. */
    static Map<String, Object> example(String type) {
        List<Object> examples = list(message(type).get("examples"));
        return map(examples.get(0));
    }

    /** A deep, mutable copy of the first example payload of a type. */
    static Map<String, Object> examplePayload(String type) {
        return deepCopy(map(example(type).get("payload")));
    }

    /** A mutable copy of the first example's headers of a type. */
    static Map<String, String> exampleHeaders(String type) {
        Map<String, String> headers = new LinkedHashMap<>();
        map(example(type).get("headers")).forEach((k, v) -> headers.put(k, (String) v));
        return headers;
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(String resource) {
        try (InputStream in = resource(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below contracts/schemas/, as classpath resource names. */
    static List<String> schemaFiles() {
        try {
            Path root = Path.of(Documents.class.getClassLoader().getResource("contracts").toURI()).getParent();
            Path schemas = root.resolve(EventCatalog.SCHEMA_RESOURCE_PREFIX);
            try (Stream<Path> files = Files.walk(schemas)) {
                return files.filter(Files::isRegularFile)
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static InputStream resource(String name) {
        InputStream in = Documents.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new AssertionError("missing classpath resource " + name);
        }
        return in;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            throw new AssertionError("not an object: " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        if (!(value instanceof List)) {
            throw new AssertionError("not a list: " + value);
        }
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(k, deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> l) {
            return (T) new java.util.ArrayList<>(l.stream().map(Documents::deepCopy).toList());
        }
        return value;
    }
}
