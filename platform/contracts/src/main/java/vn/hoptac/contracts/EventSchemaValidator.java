package vn.hoptac.contracts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import com.networknt.schema.resource.ClasspathSchemaLoader;

/**
 * Validates published events, as they are on the wire, against the contracts of this module.
 *
 * <ul>
 *   <li>{@link #validate(String, byte[])}: the record value (UTF-8 JSON) against the type's JSON Schema
 *       (draft 2020-12), strictly: a property the schema does not declare is an error. Use it where
 *       events are produced and in tests.</li>
 *   <li>{@link #validateTolerant(String, byte[])}: the same, but properties the schema does not know are
 *       accepted, as a consumer must accept them (the producer may be on a newer revision of the same
 *       type version, which may add optional properties).</li>
 *   <li>{@link #validateHeaders(Map)}: the record headers against the AsyncAPI message's headers schema.</li>
 * </ul>
 *
 * <p>Every schema is read once, when the validator is constructed, from this module's own class path:
 * {@value EventCatalog#SCHEMA_URI_PREFIX} is mapped to {@code classpath:}{@value
 * EventCatalog#SCHEMA_RESOURCE_PREFIX} (so the {@code $ref} from an event schema to a shared schema
 * resolves inside a jar too) and nothing is ever fetched over the network. Date and date-time
 * {@code format}s are asserted, and {@code pattern}s are anchored as ECMA 262 anchors them.
 *
 * <p>Instances are immutable and thread-safe; construct one per application and share it.
 * Errors are English, one per problem, each starting with the JSON path of the offending value
 * ({@code $} is the data, or the headers, as a whole), for example
 * {@code $.profile.membersCount: must have a minimum value of 0}. An empty list means valid.
 */
public final class EventSchemaValidator {

    private static final String ADDITIONAL_PROPERTIES = "additionalProperties";

    private final EventCatalog catalog;
    private final Map<String, JsonSchema> payloadSchemas;
    private final Map<String, JsonSchema> headerSchemas;
    private final JsonMapper mapper;

    /** Creates a validator for every type of {@link EventCatalog#load()}. */
    public EventSchemaValidator() {
        this(EventCatalog.load());
    }

    /**
     * Creates a validator for every type of the given catalogue, loading all their schemas now.
     *
     * @param catalog the catalogue
     * @throws IllegalStateException if a schema cannot be loaded
     */
    public EventSchemaValidator(EventCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        ClassLoader classLoader = EventSchemaValidator.class.getClassLoader();
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .locale(Locale.ENGLISH)
                .pathType(PathType.JSON_PATH)
                .formatAssertionsEnabled(true)
                .regularExpressionFactory(EcmaAnchors.INSTANCE)
                .build();

        JsonSchemaFactory payloadFactory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder
                        .schemaMappers(mappers -> mappers.mapPrefix(EventCatalog.SCHEMA_URI_PREFIX,
                                "classpath:" + EventCatalog.SCHEMA_RESOURCE_PREFIX))
                        .schemaLoaders(loaders -> loaders
                                .add(new ClasspathSchemaLoader(() -> classLoader))
                                // Anything not on the class path is refused rather than fetched.
                                .add(new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
        // AsyncAPI Schema Objects (the headers schemas) are a superset of JSON Schema draft-07.
        JsonSchemaFactory headersFactory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                builder -> builder.schemaLoaders(loaders -> loaders
                        .add(new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));

        Map<String, JsonSchema> payloads = new LinkedHashMap<>();
        Map<String, JsonSchema> headers = new LinkedHashMap<>();
        for (EventType type : catalog.all()) {
            try {
                JsonSchema payload = payloadFactory.getSchema(SchemaLocation.of(type.dataSchema()), config);
                payload.initializeValidators();
                payloads.put(type.type(), payload);
                JsonSchema header = headersFactory.getSchema(mapper.valueToTree(catalog.headersSchema(type.type())),
                        config);
                header.initializeValidators();
                headers.put(type.type(), header);
            } catch (RuntimeException e) {
                throw new IllegalStateException("cannot load the schemas of event type '" + type.type() + "': "
                        + e.getMessage(), e);
            }
        }
        this.payloadSchemas = Map.copyOf(payloads);
        this.headerSchemas = Map.copyOf(headers);
    }

    /**
     * Returns the catalogue whose types this validator knows.
     *
     * @return the catalogue
     */
    public EventCatalog catalog() {
        return catalog;
    }

    /**
     * Validates an event's data strictly against its type's JSON Schema.
     *
     * @param type the CloudEvents type ({@code ce_type})
     * @param data the record value as sent: UTF-8 JSON
     * @return human-readable errors; empty if the data is valid. An unknown type gives one error saying
     *         so; bytes that are not UTF-8 JSON (including an empty value, trailing content or a duplicate
     *         key) give one error.
     */
    public List<String> validate(String type, byte[] data) {
        return validate(type, data, message -> true);
    }

    /**
     * Validates an event's data as a consumer should: like {@link #validate(String, byte[])}, but
     * properties the schema does not declare (at any depth) are not errors.
     *
     * @param type the CloudEvents type ({@code ce_type})
     * @param data the record value as received: UTF-8 JSON
     * @return human-readable errors; empty if the data is readable under the contract
     */
    public List<String> validateTolerant(String type, byte[] data) {
        return validate(type, data, message -> !ADDITIONAL_PROPERTIES.equals(message.getType()));
    }

    /**
     * Validates a record's headers against the AsyncAPI headers schema of the type named by its
     * {@code ce_type} header. Headers the contract does not mention (tracing, for instance) are allowed.
     *
     * @param headers header names to their values, decoded as UTF-8
     * @return human-readable errors; empty if the headers are valid. A missing or unknown {@code ce_type}
     *         gives one error saying so.
     */
    public List<String> validateHeaders(Map<String, String> headers) {
        if (headers == null) {
            return List.of("no headers given");
        }
        String type = headers.get(CloudEventHeaders.TYPE);
        if (type == null) {
            return List.of("header '" + CloudEventHeaders.TYPE + "' is missing");
        }
        JsonSchema schema = headerSchemas.get(type);
        if (schema == null) {
            return List.of(unknownType(type));
        }
        ObjectNode node = mapper.createObjectNode();
        List<String> errors = new ArrayList<>();
        headers.forEach((name, value) -> {
            if (value == null) {
                errors.add("$." + name + ": header has no value");
            } else {
                node.put(name, value);
            }
        });
        errors.addAll(messages(schema.validate(node), message -> true));
        return List.copyOf(errors);
    }

    private List<String> validate(String type, byte[] data, Predicate<ValidationMessage> relevant) {
        if (type == null) {
            return List.of("no event type given");
        }
        JsonSchema schema = payloadSchemas.get(type);
        if (schema == null) {
            return List.of(unknownType(type));
        }
        if (data == null) {
            return List.of("data is not JSON: no data (null)");
        }
        // Decoded here, strictly, because Jackson would also accept UTF-16 and UTF-32 bytes.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer text = CharBuffer.allocate(data.length); // UTF-8 never yields more chars than bytes
        if (decoder.decode(in, text, true).isError() || decoder.flush(text).isError()) {
            return List.of("data is not JSON: not valid UTF-8 (at byte " + in.position() + ")");
        }
        JsonNode node;
        try {
            node = mapper.readTree(text.flip().toString());
        } catch (JsonProcessingException e) {
            return List.of("data is not JSON: " + e.getOriginalMessage() + location(e));
        }
        if (node == null || node.isMissingNode()) {
            return List.of("data is not JSON: empty");
        }
        return messages(schema.validate(node), relevant);
    }

    private static String unknownType(String type) {
        return "unknown event type '" + type + "': not in the event catalogue";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static List<String> messages(Collection<ValidationMessage> messages,
            Predicate<ValidationMessage> relevant) {
        return messages.stream().filter(relevant).map(ValidationMessage::getMessage).toList();
    }
}
