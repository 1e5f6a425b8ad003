package vn.hoptac.contracts;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Names and fixed values of the Kafka record headers that carry a CloudEvent 1.0 in the
 * <em>binary content mode</em> of the CloudEvents Kafka protocol binding.
 *
 * <p>Every attribute travels as a header named {@code ce_<attribute>}; the event data is the record
 * value (UTF-8 JSON) and its media type is the {@code content-type} header (the binding's name, not
 * Spring's {@code contentType}). Every header value is a plain UTF-8 string: never JSON-quoted, never
 * a serialized number. The record key is the aggregate id, equal to {@link #SUBJECT}.
 *
 * <p>The AsyncAPI document ({@code contracts/asyncapi.yaml}) declares exactly {@link #ALL} as the
 * required headers of every message; a test keeps the two in step.
 */
public final class CloudEventHeaders {

    /** {@code ce_id}: the event's unique id; a redelivered event keeps it. */
    public static final String ID = "ce_id";

    /** {@code ce_source}: the alliance and service that published it, e.g. {@code /provinces/19/registry}. */
    public static final String SOURCE = "ce_source";

    /** {@code ce_type}: the stable logical type with its version, e.g. {@code vn.hoptac.registry.organisation.registered.v1}. */
    public static final String TYPE = "ce_type";

    /** {@code ce_specversion}: always {@link #SPEC_VERSION_1_0}. */
    public static final String SPEC_VERSION = "ce_specversion";

    /** {@code ce_time}: when the change was recorded, RFC 3339 in UTC ({@code 2024-03-01T02:15:30Z}). */
    public static final String TIME = "ce_time";

    /** {@code ce_subject}: the aggregate id, equal to the record key. */
    public static final String SUBJECT = "ce_subject";

    /** {@code ce_dataschema}: the URI of the data's JSON Schema, equal to {@link EventType#dataSchema()}. */
    public static final String DATA_SCHEMA = "ce_dataschema";

    /**
     * {@code ce_sequence}: the aggregate's event number, a decimal integer without leading zeros
     * (1, 2, 3, ...), counted per aggregate ({@link #SUBJECT}), not per source. Compare it as a number,
     * never as a string ("10" sorts before "9").
     */
    public static final String SEQUENCE = "ce_sequence";

    /** The extension attribute's own name, {@code sequence}, which the binding writes as {@link #SEQUENCE}. */
    public static final String SEQUENCE_EXTENSION = "sequence";

    /** {@code content-type}: the media type of the record value, always {@link #APPLICATION_JSON}. */
    public static final String CONTENT_TYPE = "content-type";

    /** The only CloudEvents specification version used: {@code 1.0}. */
    public static final String SPEC_VERSION_1_0 = "1.0";

    /** The only data content type used: {@code application/json} (UTF-8). */
    public static final String APPLICATION_JSON = "application/json";

    /** The charset of every header value and of the record value. */
    public static final Charset CHARSET = StandardCharsets.UTF_8;

    /** Every header a published event carries, in the order above. All are required. */
    public static final List<String> ALL =
            List.of(ID, SOURCE, TYPE, SPEC_VERSION, TIME, SUBJECT, DATA_SCHEMA, SEQUENCE, CONTENT_TYPE);

    private CloudEventHeaders() {
    }
}
