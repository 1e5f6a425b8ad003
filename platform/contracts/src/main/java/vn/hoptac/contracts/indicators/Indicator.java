package vn.hoptac.contracts.indicators;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * One published indicator: a figure the alliances report, defined by the events it reads
 * ({@code contracts/indicators/<id>.v<version>.json}, described by {@code indicator.schema.json}).
 *
 * <p>A consumer computes a figure in two steps, the same for every indicator:
 * <ol>
 *   <li>{@link #contribution} for each event it has kept (a redelivered event may be passed again): what
 *       the event contributes under the filter, or nothing;</li>
 *   <li>{@link #figure(Collection, LocalDate, LocalDate, LocalDate)} over all those contributions, in the
 *       order the events were received: the value for a window as of a date, and the contributions that
 *       make it up.</li>
 * </ol>
 * Pass every contribution kept, not only those dated in the window: a subject's first START, or a
 * correction, may lie outside it. The golden vectors of each file ({@link GoldenVectors}) pin the results.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Indicator {

    /** Whether the figure is what happened within a window or what stands at a date. */
    public enum Kind {
        /** What happened within a window, from and to inclusive. */
        FLOW,
        /** What stands at a date. */
        STOCK
    }

    /** How the contributions make up the figure. */
    public enum Aggregation {
        /** Each event counts 1 ({@link Contribution.Mode#ADD}). */
        COUNT,
        /** Each event counts the number at its value pointer ({@link Contribution.Mode#ADD}). */
        SUM,
        /**
         * Each subject counts once, in the window of its first {@link Contribution.Mode#START}, with its latest
         * value ({@link Contribution.Mode#REPLACE} corrects it).
         */
        LATEST_PER_SUBJECT
    }

    /**
     * A figure: its value and the contributions that make it up.
     *
     * @param value   the figure; always the sum of the values of {@code counted}
     * @param counted the contributions counted, in the order they were given: for {@code ADD} every one
     *                counted, for a subject the one whose value counts (its correction in effect, else its first
     *                START) — the events that make up the actual
     */
    public record Figure(long value, List<Contribution> counted) {

        /**
         * Creates a figure.
         *
         * @param value   the figure
         * @param counted the contributions that make it up
         */
        public Figure {
            counted = List.copyOf(counted);
        }
    }

    /** One event type the indicator reads. */
    record Read(String type, Contribution.Mode mode, JsonPointer businessDate, JsonPointer value,
            Map<JsonPointer, Set<String>> where) {
    }

    /** A filter: its allowed values ({@code null}: any) and its pointer per event type. */
    record Filter(String name, String description, Set<String> values, Map<String, JsonPointer> pointers) {
    }

    /** One event of a golden vector. */
    record VectorEvent(String id, String type, String subject, byte[] data) {
    }

    /** A golden vector: events and the figure they must give. */
    record GoldenVector(String name, LocalDate from, LocalDate to, LocalDate asOf, Map<String, String> filter,
            List<VectorEvent> events, long figure, Set<String> counted) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final String id;
    private final int version;
    private final String nameVi;
    private final String nameEn;
    private final String unit;
    private final Kind kind;
    private final Aggregation aggregation;
    private final String ruleEn;
    private final String ruleVi;
    private final Map<String, Read> reads;
    private final Map<String, Filter> filters;
    private final List<GoldenVector> goldenVectors;

    Indicator(String id, int version, String nameVi, String nameEn, String unit, Kind kind, Aggregation aggregation,
            String ruleEn, String ruleVi, List<Read> reads, List<Filter> filters, List<GoldenVector> goldenVectors) {
        this.id = id;
        this.version = version;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.unit = unit;
        this.kind = kind;
        this.aggregation = aggregation;
        this.ruleEn = ruleEn;
        this.ruleVi = ruleVi;
        Map<String, Read> byType = new LinkedHashMap<>();
        reads.forEach(r -> byType.put(r.type(), r));
        this.reads = Collections.unmodifiableMap(byType);
        Map<String, Filter> byName = new LinkedHashMap<>();
        filters.forEach(f -> byName.put(f.name(), f));
        this.filters = Collections.unmodifiableMap(byName);
        this.goldenVectors = List.copyOf(goldenVectors);
    }

    /** @return the stable id, e.g. {@code registry.cooperatives-founded} */
    public String id() {
        return id;
    }

    /** @return the version of the definition (a change that can change a figure is a new version) */
    public int version() {
        return version;
    }

    /** @return the name in Vietnamese, e.g. "Số hợp tác xã thành lập mới" */
    public String nameVi() {
        return nameVi;
    }

    /** @return the name in English, e.g. "Cooperatives founded" */
    public String nameEn() {
        return nameEn;
    }

    /**
     * @return what the figure counts: {@code organisations}, {@code groups}, {@code members}, {@code dossiers},
     *         {@code vnd} (whole đồng), {@code classes}, {@code attendances}, {@code issues}, {@code commendations}
     *         or {@code activities}
     */
    public String unit() {
        return unit;
    }

    /** @return whether the figure is a flow within a window or a stock at a date */
    public Kind kind() {
        return kind;
    }

    /** @return how contributions make up the figure */
    public Aggregation aggregation() {
        return aggregation;
    }

    /** @return the rule in English, one or two sentences, corrections stated */
    public String rule() {
        return ruleEn;
    }

    /** @return the rule in Vietnamese */
    public String ruleVi() {
        return ruleVi;
    }

    /** @return the names of the filters a consumer may apply, in the file's order */
    public Set<String> filterNames() {
        return filters.keySet();
    }

    /** @return the event types ({@code ce_type}) the indicator reads; events of other types never change it */
    public Set<String> eventTypes() {
        return reads.keySet();
    }

    /**
     * Checks a filter.
     *
     * @param filter filter name to value; {@code null} or empty for none
     * @return one message per problem, each naming the filter; empty if the filter is valid
     */
    public List<String> filterErrors(Map<String, String> filter) {
        if (filter == null) {
            return List.of();
        }
        List<String> errors = new ArrayList<>();
        filter.forEach((name, value) -> {
            Filter known = name == null ? null : filters.get(name);
            if (known == null) {
                errors.add("filter '" + name + "' is not a filter of " + id + ": one of " + filters.keySet());
            } else if (value == null || value.isBlank()) {
                errors.add("filter '" + name + "' has no value");
            } else if (known.values() != null && !known.values().contains(value)) {
                errors.add("filter '" + name + "': '" + value + "' is not one of " + known.values());
            }
        });
        return List.copyOf(errors);
    }

    /**
     * What one event contributes under a filter.
     *
     * @param eventId   the event's {@code ce_id}
     * @param eventType the event's {@code ce_type}
     * @param subject   the event's {@code ce_subject}
     * @param data      the event's data as received: UTF-8 JSON
     * @param filter    filter name to value; {@code null} or empty for none
     * @return the contribution; empty when the indicator does not read the type, or a fixed condition or the
     *         filter excludes the event. A correction whose type carries no value for a filter is not excluded
     *         by it: it counts only with its subject's START, which the filter does check.
     * @throws IllegalArgumentException if the filter is not valid ({@link #filterErrors}), or the event is read
     *                                  but its data is not JSON or lacks its business date or value
     */
    public Optional<Contribution> contribution(String eventId, String eventType, String subject, byte[] data,
            Map<String, String> filter) {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(subject, "subject");
        Map<String, String> given = filter == null ? Map.of() : filter;
        List<String> errors = filterErrors(given);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
        Read read = eventType == null ? null : reads.get(eventType);
        if (read == null) {
            return Optional.empty();
        }
        JsonNode node = parse(eventId, eventType, data);
        for (Map.Entry<JsonPointer, Set<String>> condition : read.where().entrySet()) {
            if (!matches(node.at(condition.getKey()), condition.getValue())) {
                return Optional.empty();
            }
        }
        for (Map.Entry<String, String> wanted : given.entrySet()) {
            JsonPointer pointer = filters.get(wanted.getKey()).pointers().get(eventType);
            if (pointer != null && !matches(node.at(pointer), Set.of(wanted.getValue()))) {
                return Optional.empty();
            }
        }
        LocalDate businessDate = date(node, read.businessDate(), eventId, eventType);
        long value = read.value() == null ? 1 : number(node, read.value(), eventId, eventType);
        return Optional.of(new Contribution(eventId, eventType, subject, businessDate, value, read.mode()));
    }

    /**
     * Computes a figure from contributions, for a window as of a date.
     * <ul>
     *   <li>Contributions with the same event id count once (the first given).</li>
     *   <li>{@code ADD}: counts its value when its business date is in [{@code from}, {@code to}] and not after
     *       {@code asOf}.</li>
     *   <li>{@code START}: the subject counts once, when the earliest business date of its STARTs (the first
     *       given, on a tie) is in [{@code from}, {@code to}] and not after {@code asOf}; with that START's
     *       value, unless replaced.</li>
     *   <li>{@code REPLACE}: when its business date is not after {@code asOf}, replaces its subject's value,
     *       whatever the dates of the STARTs; of several, the latest business date wins (the later given, on a
     *       tie). A subject with no START counts nothing, whatever its corrections.</li>
     * </ul>
     *
     * @param contributions the contributions of every event kept, in the order the events were received
     * @param from          the window's first day
     * @param to            the window's last day, not before {@code from}
     * @param asOf          the date the figure is computed as of: business dates after it are not yet known
     * @return the figure and the contributions that make it up
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     * @throws ArithmeticException      if the figure overflows a {@code long}
     */
    public static Figure figure(Collection<Contribution> contributions, LocalDate from, LocalDate to, LocalDate asOf) {
        Objects.requireNonNull(contributions, "contributions");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it begins (" + from + ")");
        }
        Map<String, Given> unique = new LinkedHashMap<>();
        int position = 0;
        for (Contribution contribution : contributions) {
            Objects.requireNonNull(contribution, "a contribution is null");
            unique.putIfAbsent(contribution.eventId(), new Given(position++, contribution));
        }
        List<Given> counted = new ArrayList<>();
        Map<String, Subject> subjects = new HashMap<>();
        for (Given given : unique.values()) {
            Contribution c = given.contribution();
            switch (c.mode()) {
                case ADD -> {
                    if (within(c.businessDate(), from, to, asOf)) {
                        counted.add(given);
                    }
                }
                case START -> subjects.computeIfAbsent(c.subject(), s -> new Subject()).start(given);
                case REPLACE -> {
                    if (!c.businessDate().isAfter(asOf)) {
                        subjects.computeIfAbsent(c.subject(), s -> new Subject()).replace(given);
                    }
                }
                default -> throw new IllegalStateException("unknown mode " + c.mode());
            }
        }
        for (Subject subject : subjects.values()) {
            if (subject.start != null && within(subject.start.contribution().businessDate(), from, to, asOf)) {
                counted.add(subject.replace != null ? subject.replace : subject.start);
            }
        }
        counted.sort(Comparator.comparingInt(Given::position));
        long value = 0;
        for (Given given : counted) {
            value = Math.addExact(value, given.contribution().value());
        }
        return new Figure(value, counted.stream().map(Given::contribution).toList());
    }

    /** The golden vectors of the indicator's file. */
    List<GoldenVector> goldenVectors() {
        return goldenVectors;
    }

    Map<String, Read> reads() {
        return reads;
    }

    Map<String, Filter> filters() {
        return filters;
    }

    @Override
    public String toString() {
        return id + ".v" + version;
    }

    private record Given(int position, Contribution contribution) {
    }

    private static final class Subject {
        private Given start;
        private Given replace;

        void start(Given given) {
            if (start == null || given.contribution().businessDate().isBefore(start.contribution().businessDate())) {
                start = given;
            }
        }

        void replace(Given given) {
            if (replace == null || !given.contribution().businessDate().isBefore(replace.contribution().businessDate())) {
                replace = given;
            }
        }
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to, LocalDate asOf) {
        return !date.isBefore(from) && !date.isAfter(to) && !date.isAfter(asOf);
    }

    /** A scalar (text, number or boolean) whose text is allowed; missing and null never match. */
    static boolean matches(JsonNode node, Set<String> allowed) {
        return node.isValueNode() && !node.isNull() && allowed.contains(node.asText());
    }

    private static JsonNode parse(String eventId, String eventType, byte[] data) {
        if (data == null) {
            throw new IllegalArgumentException(describe(eventId, eventType) + ": no data");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(describe(eventId, eventType) + ": data is not UTF-8", e);
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(describe(eventId, eventType) + ": data is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(describe(eventId, eventType) + ": data is not JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static LocalDate date(JsonNode data, JsonPointer pointer, String eventId, String eventType) {
        JsonNode node = data.at(pointer);
        if (node.isTextual() && DATE.matcher(node.textValue()).matches()) {
            try {
                return LocalDate.parse(node.textValue());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException(describe(eventId, eventType) + ": " + pointer
                + " is not a date (YYYY-MM-DD): " + (node.isMissingNode() ? "missing" : node.toString()));
    }

    private static long number(JsonNode data, JsonPointer pointer, String eventId, String eventType) {
        JsonNode node = data.at(pointer);
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        throw new IllegalArgumentException(describe(eventId, eventType) + ": " + pointer
                + " is not a whole number: " + (node.isMissingNode() ? "missing" : node.toString()));
    }

    private static String describe(String eventId, String eventType) {
        return "event " + eventId + " (" + eventType + ")";
    }

    /** The names of a set, in order, for messages. */
    static Set<String> ordered(Collection<String> names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }
}
