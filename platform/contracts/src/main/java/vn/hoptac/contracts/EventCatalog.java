package vn.hoptac.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The catalogue of every published event type.
 *
 * <p>Its single source of truth is the AsyncAPI document {@value #ASYNCAPI_RESOURCE}: every message of
 * every channel is one type, where
 * <ul>
 *   <li>{@code type} is the message's {@code name}, which must equal its headers schema's
 *       {@code ce_type} const;</li>
 *   <li>{@code dataSchema} is its headers schema's {@code ce_dataschema} const, which must be
 *       {@value #SCHEMA_URI_PREFIX} followed by the schema file's path below {@code schemas/};</li>
 *   <li>{@code topic} is the channel's {@code address};</li>
 *   <li>{@code schemaResource} is the file its {@code payload.$ref} points to, relative to the document.</li>
 * </ul>
 * There is no second list: a new type is added by adding its schema file and its AsyncAPI message.
 *
 * <p>Instances are immutable and thread-safe. {@link #load()} reads the document once per class loader
 * and returns the same instance afterwards.
 */
public final class EventCatalog {

    /** Classpath resource of the AsyncAPI document. */
    public static final String ASYNCAPI_RESOURCE = "contracts/asyncapi.yaml";

    /** Prefix of every schema {@code $id} and {@code ce_dataschema}. */
    public static final String SCHEMA_URI_PREFIX = "https://schemas.hoptac.vn/";

    /** Classpath folder that {@link #SCHEMA_URI_PREFIX} maps to. */
    public static final String SCHEMA_RESOURCE_PREFIX = "contracts/schemas/";

    private static final String MESSAGE_REF_PREFIX = "#/components/messages/";
    private static final String SCHEMAS_FOLDER = "schemas/";

    private static volatile EventCatalog loaded;

    private final List<EventType> all;
    private final Map<String, EventType> byType;
    private final Map<String, Map<String, Object>> headerSchemas;

    private EventCatalog(List<EventType> all, Map<String, Map<String, Object>> headerSchemas) {
        this.all = List.copyOf(all);
        Map<String, EventType> index = new LinkedHashMap<>();
        all.forEach(t -> index.put(t.type(), t));
        this.byType = Collections.unmodifiableMap(index);
        this.headerSchemas = Collections.unmodifiableMap(new LinkedHashMap<>(headerSchemas));
    }

    /**
     * Returns the catalogue read from {@value #ASYNCAPI_RESOURCE} on this module's class path.
     *
     * @return the catalogue (the same instance on every call once read)
     * @throws IllegalStateException if the document is missing or inconsistent (a build-time error:
     *                               the module's tests would have failed)
     */
    public static EventCatalog load() {
        EventCatalog catalog = loaded;
        if (catalog == null) {
            synchronized (EventCatalog.class) {
                catalog = loaded;
                if (catalog == null) {
                    catalog = read(EventCatalog.class.getClassLoader());
                    loaded = catalog;
                }
            }
        }
        return catalog;
    }

    /**
     * Finds a type by its CloudEvents {@code type}.
     *
     * @param type the {@code ce_type} value; {@code null} finds nothing
     * @return the type, or empty if it is not published (consumers skip and count such events)
     */
    public Optional<EventType> find(String type) {
        return type == null ? Optional.empty() : Optional.ofNullable(byType.get(type));
    }

    /**
     * Returns every published type, in the order of the AsyncAPI document.
     *
     * @return an unmodifiable list
     */
    public List<EventType> all() {
        return all;
    }

    /**
     * Returns a type that must exist.
     *
     * @param type the {@code ce_type} value
     * @return the type
     * @throws IllegalArgumentException if no such type is published
     */
    public EventType require(String type) {
        return find(type).orElseThrow(() -> new IllegalArgumentException("unknown event type '" + type + "'"));
    }

    /** The AsyncAPI headers schema of a type (an AsyncAPI Schema Object, i.e. draft-07 JSON Schema). */
    Map<String, Object> headersSchema(String type) {
        return headerSchemas.get(type);
    }

    static EventCatalog read(ClassLoader classLoader) {
        Map<String, Object> document;
        try (InputStream in = classLoader.getResourceAsStream(ASYNCAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + ASYNCAPI_RESOURCE + " not found");
            }
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            document = asMap(parsed, ASYNCAPI_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ASYNCAPI_RESOURCE, e);
        }
        return fromAsyncApi(document, classLoader);
    }

    static EventCatalog fromAsyncApi(Map<String, Object> document, ClassLoader classLoader) {
        Map<String, Object> channels = optionalMap(document.get("channels"), "channels");
        Map<String, Object> components = optionalMap(document.get("components"), "components");
        Map<String, Object> componentMessages = optionalMap(components.get("messages"), "components.messages");

        List<EventType> types = new ArrayList<>();
        Map<String, Map<String, Object>> headerSchemas = new LinkedHashMap<>();
        for (Map.Entry<String, Object> channelEntry : channels.entrySet()) {
            String channelPath = "channels." + channelEntry.getKey();
            Map<String, Object> channel = asMap(channelEntry.getValue(), channelPath);
            Map<String, Object> messages = optionalMap(channel.get("messages"), channelPath + ".messages");
            if (messages.isEmpty()) {
                continue;
            }
            String topic = requireString(channel, "address", channelPath);
            for (Map.Entry<String, Object> messageEntry : messages.entrySet()) {
                String messagePath = channelPath + ".messages." + messageEntry.getKey();
                Map<String, Object> message = resolveMessage(messageEntry.getValue(), componentMessages, messagePath);
                EventType type = toEventType(message, topic, messagePath, classLoader);
                if (headerSchemas.containsKey(type.type())) {
                    throw new IllegalStateException("event type '" + type.type() + "' is declared twice (again at "
                            + messagePath + ")");
                }
                types.add(type);
                headerSchemas.put(type.type(), asMap(message.get("headers"), messagePath + ".headers"));
            }
        }
        return new EventCatalog(types, headerSchemas);
    }

    private static Map<String, Object> resolveMessage(Object value, Map<String, Object> componentMessages,
            String path) {
        Map<String, Object> message = asMap(value, path);
        Object ref = message.get("$ref");
        if (ref == null) {
            return message;
        }
        if (!(ref instanceof String refString) || !refString.startsWith(MESSAGE_REF_PREFIX)) {
            throw new IllegalStateException(path + ": only '" + MESSAGE_REF_PREFIX + "...' references are supported, got "
                    + ref);
        }
        String key = refString.substring(MESSAGE_REF_PREFIX.length());
        Object target = componentMessages.get(key);
        if (target == null) {
            throw new IllegalStateException(path + ": " + refString + " does not exist");
        }
        return asMap(target, "components.messages." + key);
    }

    private static EventType toEventType(Map<String, Object> message, String topic, String path,
            ClassLoader classLoader) {
        String type = requireString(message, "name", path);
        Map<String, Object> headers = asMap(message.get("headers"), path + ".headers");
        Map<String, Object> headerProperties = asMap(headers.get("properties"), path + ".headers.properties");
        String typeConst = requireString(asMap(headerProperties.get(CloudEventHeaders.TYPE), path + ".headers.properties."
                + CloudEventHeaders.TYPE), "const", path + ".headers.properties." + CloudEventHeaders.TYPE);
        if (!type.equals(typeConst)) {
            throw new IllegalStateException(path + ": name '" + type + "' differs from the ce_type const '" + typeConst
                    + "'");
        }
        String dataSchema = requireString(asMap(headerProperties.get(CloudEventHeaders.DATA_SCHEMA), path
                + ".headers.properties." + CloudEventHeaders.DATA_SCHEMA), "const", path + ".headers.properties."
                + CloudEventHeaders.DATA_SCHEMA);

        Map<String, Object> payload = asMap(message.get("payload"), path + ".payload");
        String payloadRef = requireString(payload, "$ref", path + ".payload");
        String relative = payloadRef.startsWith("./") ? payloadRef.substring(2) : payloadRef;
        if (!relative.startsWith(SCHEMAS_FOLDER) || relative.contains("..") || relative.contains("#")) {
            throw new IllegalStateException(path + ".payload.$ref must be a file below ./" + SCHEMAS_FOLDER + ", got "
                    + payloadRef);
        }
        String pathBelowSchemas = relative.substring(SCHEMAS_FOLDER.length());
        if (!dataSchema.equals(SCHEMA_URI_PREFIX + pathBelowSchemas)) {
            throw new IllegalStateException(path + ": ce_dataschema const '" + dataSchema + "' does not match the payload "
                    + "file " + payloadRef + " (expected " + SCHEMA_URI_PREFIX + pathBelowSchemas + ")");
        }
        String schemaResource = SCHEMA_RESOURCE_PREFIX + pathBelowSchemas;
        if (classLoader.getResource(schemaResource) == null) {
            throw new IllegalStateException(path + ": schema file " + schemaResource + " not found on the classpath");
        }
        return new EventType(type, dataSchema, topic, schemaResource);
    }

    private static String requireString(Map<String, Object> map, String key, String path) {
        Object value = map.get(key);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IllegalStateException(path + "." + key + " must be a non-empty string, got " + value);
        }
        return s;
    }

    private static Map<String, Object> optionalMap(Object value, String path) {
        return value == null ? Map.of() : asMap(value, path);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String path) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalStateException(path + " must be an object, got " + value);
        }
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new IllegalStateException(path + " has a non-string key: " + key);
            }
        }
        return (Map<String, Object>) map;
    }
}
