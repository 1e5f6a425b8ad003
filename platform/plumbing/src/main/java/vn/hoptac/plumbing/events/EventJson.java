package vn.hoptac.plumbing.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one mapper for event data on the wire. It is configured here, explicitly, rather than taken
 * from Spring's or the binder's converters, so the bytes other alliances read never change because a
 * service tuned its web JSON.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // consumers tolerate new optional fields
            .build();

    private EventJson() {
    }

    public static byte[] write(Object data) {
        return MAPPER.writeValueAsBytes(data);
    }

    public static String writeString(Object data) {
        return MAPPER.writeValueAsString(data);
    }

    /** Reads event data; throws {@link UnreadableEventException} when the bytes do not fit the type. */
    public static <T> T read(byte[] data, Class<T> type) {
        try {
            return MAPPER.readValue(data, type);
        } catch (JacksonException e) {
            throw new UnreadableEventException("Event data is not a readable " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
