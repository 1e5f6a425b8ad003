package vn.hoptac.contracts.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import vn.hoptac.contracts.EventCatalog;
import vn.hoptac.contracts.indicators.Contribution.Mode;
import vn.hoptac.contracts.indicators.Indicator.Aggregation;
import vn.hoptac.contracts.indicators.Indicator.Filter;
import vn.hoptac.contracts.indicators.Indicator.GoldenVector;
import vn.hoptac.contracts.indicators.Indicator.Kind;
import vn.hoptac.contracts.indicators.Indicator.Read;
import vn.hoptac.contracts.indicators.Indicator.VectorEvent;

/**
 * Reads indicator files into {@link Indicator}s, checking what the file format's schema cannot say: the
 * types are published, each mode fits the aggregation, every counted type has every filter's pointer, the
 * golden vectors' filters are valid. Any problem is an {@link IllegalStateException} naming the file.
 */
final class IndicatorFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Pattern FILE_NAME = Pattern.compile("[a-z][a-z0-9.-]*\\.v[0-9]+\\.json");
    private static final Pattern POINTER = Pattern.compile("(/[A-Za-z][A-Za-z0-9]*)+");
    private static final Set<String> UNITS = Set.of("organisations", "groups", "members", "dossiers", "vnd", "classes",
            "attendances", "issues", "commendations", "activities");

    private IndicatorFiles() {
    }

    static List<Indicator> read(ClassLoader classLoader, String folder, EventCatalog events) {
        String indexResource = folder + IndicatorCatalog.INDEX;
        JsonNode index = readJson(classLoader, indexResource);
        JsonNode files = index.path("indicators");
        if (!files.isArray()) {
            throw new IllegalStateException(indexResource + ": 'indicators' must be a list of file names");
        }
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode file : files) {
            String name = file.asText();
            if (!file.isTextual() || !FILE_NAME.matcher(name).matches()) {
                throw new IllegalStateException(indexResource + ": '" + file + "' is not an indicator file name");
            }
            String resource = folder + name;
            try {
                indicators.add(indicator(readJson(classLoader, resource), name, events));
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ": " + e.getMessage(), e);
            }
        }
        return indicators;
    }

    private static Indicator indicator(JsonNode file, String fileName, EventCatalog events) {
        String id = text(file, "id");
        int version = file.path("version").asInt(0);
        if (!file.path("version").isInt() || version < 1) {
            throw new IllegalStateException("version must be a whole number from 1");
        }
        if (!fileName.equals(id + ".v" + version + ".json")) {
            throw new IllegalStateException("the file of " + id + " version " + version + " must be named " + id + ".v"
                    + version + ".json");
        }
        String unit = text(file, "unit");
        if (!UNITS.contains(unit)) {
            throw new IllegalStateException("unit '" + unit + "' is not one of " + UNITS);
        }
        Kind kind = constant(Kind.class, text(file, "kind"), "kind");
        Aggregation aggregation = constant(Aggregation.class, text(file, "aggregation"), "aggregation");

        List<Read> reads = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode node : list(file, "reads")) {
            Read read = read(node, events);
            if (!types.add(read.type())) {
                throw new IllegalStateException(read.type() + " is read twice");
            }
            reads.add(read);
        }
        if (reads.isEmpty()) {
            throw new IllegalStateException("reads no event type");
        }
        checkModes(aggregation, reads);

        List<Filter> filters = new ArrayList<>();
        JsonNode filterNodes = object(file, "filters");
        for (Map.Entry<String, JsonNode> entry : filterNodes.properties()) {
            filters.add(filter(entry.getKey(), entry.getValue(), reads));
        }

        Indicator provisional = new Indicator(id, version, text(file.path("name"), "vi"), text(file.path("name"), "en"),
                unit, kind, aggregation, text(file.path("rule"), "en"), text(file.path("rule"), "vi"), reads, filters,
                List.of());
        List<GoldenVector> vectors = new ArrayList<>();
        for (JsonNode node : list(file, "goldenVectors")) {
            vectors.add(vector(node, provisional, events));
        }
        if (vectors.isEmpty()) {
            throw new IllegalStateException("has no golden vector");
        }
        return new Indicator(id, version, provisional.nameVi(), provisional.nameEn(), unit, kind, aggregation,
                provisional.rule(), provisional.ruleVi(), reads, filters, vectors);
    }

    private static Read read(JsonNode node, EventCatalog events) {
        String type = text(node, "type");
        if (events.find(type).isEmpty()) {
            throw new IllegalStateException("reads '" + type + "', which is not in the event catalogue");
        }
        Mode mode = constant(Mode.class, text(node, "mode"), type + " mode");
        JsonPointer businessDate = pointer(text(node, "businessDate"));
        JsonPointer value = node.has("value") ? pointer(text(node, "value")) : null;
        Map<JsonPointer, Set<String>> where = new LinkedHashMap<>();
        if (node.has("where")) {
            for (Map.Entry<String, JsonNode> condition : object(node, "where").properties()) {
                where.put(pointer(condition.getKey()), values(condition.getValue(), type + " where " + condition.getKey()));
            }
        }
        return new Read(type, mode, businessDate, value, Map.copyOf(where));
    }

    private static void checkModes(Aggregation aggregation, List<Read> reads) {
        for (Read read : reads) {
            boolean fits = switch (aggregation) {
                case COUNT -> read.mode() == Mode.ADD && read.value() == null;
                case SUM -> read.mode() == Mode.ADD && read.value() != null;
                case LATEST_PER_SUBJECT -> read.mode() != Mode.ADD;
            };
            if (!fits) {
                throw new IllegalStateException(read.type() + ": mode " + read.mode() + (read.value() == null ? " without"
                        : " with") + " a value does not fit " + aggregation);
            }
        }
        if (aggregation == Aggregation.LATEST_PER_SUBJECT) {
            List<Read> starts = reads.stream().filter(r -> r.mode() == Mode.START).toList();
            if (starts.isEmpty()) {
                throw new IllegalStateException("LATEST_PER_SUBJECT needs a START type");
            }
            boolean valued = starts.get(0).value() != null;
            for (Read read : reads) {
                if ((read.value() != null) != valued) {
                    throw new IllegalStateException(read.type() + ": either every type of a LATEST_PER_SUBJECT indicator"
                            + " names its value, or none does (then each subject counts 1 and nothing can replace it)");
                }
            }
            if (!valued && starts.size() != reads.size()) {
                throw new IllegalStateException("a REPLACE type needs a value to replace");
            }
        }
    }

    private static Filter filter(String name, JsonNode node, List<Read> reads) {
        if (!name.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalStateException("filter name '" + name + "' must be a lower camel-case word");
        }
        Set<String> values = node.has("values") ? values(node.get("values"), "filter " + name) : null;
        Map<String, JsonPointer> pointers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object(node, "pointers").properties()) {
            if (reads.stream().noneMatch(r -> r.type().equals(entry.getKey()))) {
                throw new IllegalStateException("filter " + name + " names " + entry.getKey() + ", which it does not read");
            }
            pointers.put(entry.getKey(), pointer(entry.getValue().asText()));
        }
        for (Read read : reads) {
            if (read.mode() != Mode.REPLACE && !pointers.containsKey(read.type())) {
                throw new IllegalStateException("filter " + name + " has no pointer for " + read.type()
                        + " (only a REPLACE type may leave it to its subject's START)");
            }
        }
        return new Filter(name, text(node, "description"), values, Map.copyOf(pointers));
    }

    private static GoldenVector vector(JsonNode node, Indicator indicator, EventCatalog events) {
        String name = text(node, "name");
        String where = "golden vector '" + name + "'";
        JsonNode window = object(node, "window");
        LocalDate from = date(text(window, "from"), where);
        LocalDate to = date(text(window, "to"), where);
        LocalDate asOf = node.has("asOf") ? date(text(node, "asOf"), where) : to;
        if (to.isBefore(from)) {
            throw new IllegalStateException(where + ": its window ends before it begins");
        }
        Map<String, String> filter = new LinkedHashMap<>();
        object(node, "filter").properties().forEach(e -> filter.put(e.getKey(), e.getValue().asText()));
        List<String> filterErrors = indicator.filterErrors(filter);
        if (!filterErrors.isEmpty()) {
            throw new IllegalStateException(where + ": " + filterErrors);
        }
        List<VectorEvent> vectorEvents = new ArrayList<>();
        for (JsonNode event : list(node, "events")) {
            String type = text(event, "type");
            if (events.find(type).isEmpty()) {
                throw new IllegalStateException(where + ": event type '" + type + "' is not in the event catalogue");
            }
            JsonNode data = object(event, "data");
            try {
                vectorEvents.add(new VectorEvent(text(event, "id"), type, text(event, "subject"),
                        MAPPER.writeValueAsBytes(data)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        JsonNode figure = node.path("figure");
        if (!figure.isIntegralNumber() || !figure.canConvertToLong()) {
            throw new IllegalStateException(where + ": figure must be a whole number");
        }
        Set<String> counted = new LinkedHashSet<>();
        for (JsonNode id : list(node, "counted")) {
            counted.add(id.asText());
        }
        return new GoldenVector(name, from, to, asOf, Map.copyOf(filter), List.copyOf(vectorEvents), figure.longValue(),
                Set.copyOf(counted));
    }

    private static JsonNode readJson(ClassLoader classLoader, String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + resource + " not found");
            }
            JsonNode node = MAPPER.readTree(in);
            if (node == null || !node.isObject()) {
                throw new IllegalStateException(resource + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static Set<String> values(JsonNode node, String where) {
        if (!node.isArray() || node.isEmpty()) {
            throw new IllegalStateException(where + ": values must be a non-empty list");
        }
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode value : node) {
            if (!value.isValueNode() || value.isNull() || !values.add(value.asText())) {
                throw new IllegalStateException(where + ": '" + value + "' is not a distinct text, number or boolean");
            }
        }
        return Indicator.ordered(values);
    }

    private static JsonPointer pointer(String text) {
        if (!POINTER.matcher(text).matches()) {
            throw new IllegalStateException("'" + text + "' is not a JSON Pointer to a named property");
        }
        return JsonPointer.compile(text);
    }

    private static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": '" + text + "' is not a date");
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text, String what) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(what + " '" + text + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw new IllegalStateException("'" + field + "' must be a non-empty text");
        }
        return value.textValue();
    }

    private static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isObject()) {
            throw new IllegalStateException("'" + field + "' must be an object");
        }
        return value;
    }

    private static JsonNode list(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isArray()) {
            throw new IllegalStateException("'" + field + "' must be a list");
        }
        return value;
    }
}
