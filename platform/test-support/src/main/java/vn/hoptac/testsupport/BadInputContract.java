package vn.hoptac.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed requests, generated from the service's own OpenAPI document and sent with a valid token
 * holding each operation's role (so they reach validation, not the edge): missing, wrong-typed,
 * out-of-range, oversize and odd-character values in bodies, parameters, paths and headers, and
 * unusable {@code Accept} and {@code Content-Type}. Every answer must be below 500, every error
 * problem details, and a rejected request must leave the service's documents and topics as they were.
 * Seeded ({@code -Dhoptac.fuzz.seed=…}, printed with the summary) so a failure can be replayed, and
 * bounded in time. A service's {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}
 * {@code @RealInfrastructure} test extends it.
 */
public abstract class BadInputContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @LocalServerPort
    private int port;
    @Autowired
    private Environment environment;

    /** The alliance's province. */
    protected abstract String province();

    /** The topics the service publishes to. */
    protected abstract List<String> publishedTopics();

    /** The consumer groups whose work follows an accepted request, to wait for before the next one. */
    protected List<String> consumerGroups() {
        return List.of();
    }

    /** A path placeholder's value: by default one that names nothing. */
    protected String placeholder(String name, String path) {
        return "khong-ton-tai";
    }

    /** Waits for whatever else an accepted request set going (beyond the outbox and the consumers). */
    protected void settle() {
    }

    protected int variantsPerOperation() {
        return 70;
    }

    protected Duration budget() {
        return Duration.ofMinutes(2);
    }

    /** One request and what it is. */
    public record Variant(String what, String method, String path, Map<String, String> headers, byte[] body) {
    }

    record Parameter(String name, String in, JsonNode schema) {
    }

    record Operation(String method, String path, String role, List<Parameter> parameters, JsonNode body, boolean multipart) {
        boolean changes() {
            return !SAFE.contains(method);
        }
    }

    @Test
    void malformedRequestsGetProblemDetailsNeverA5xxAndChangeNothing() {
        long seed = Long.getLong("hoptac.fuzz.seed", 20261202L);
        Random random = new Random(seed);
        Http http = new Http("http://127.0.0.1:" + port);
        JsonNode document = http.get("/v3/api-docs").json();
        List<Operation> operations = operations(document);
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        int tried = 0;
        int serverErrors = 0;
        int notProblems = 0;
        int changed = 0;
        long deadline = System.nanoTime() + budget().toNanos();
        ConnectionString uri = new ConnectionString(environment.getRequiredProperty("spring.mongodb.uri"));
        try (MongoClient mongo = MongoClients.create(uri);
                ServiceState state = new ServiceState(mongo.getDatabase(uri.getDatabase()), publishedTopics())) {
            state.awaitSettled(consumerGroups());
            settle();
            ServiceState.Snapshot before = state.snapshot();
            for (Operation operation : operations) {
                String token = TestIssuer.shared().bearer("can.bo.thu.nghiem", province(), operation.role());
                List<Variant> variants = variants(operation, document, random);
                Collections.shuffle(variants, random);
                for (Variant variant : variants.subList(0, Math.min(variantsPerOperation(), variants.size()))) {
                    if (System.nanoTime() > deadline) {
                        break;
                    }
                    RawHttp.Response response = send(variant, token);
                    tried++;
                    statuses.merge(response.status(), 1, Integer::sum);
                    String where = variant.method() + " " + variant.path() + " [" + variant.what() + "] → " + response.status();
                    if (response.status() >= 500) {
                        serverErrors++;
                        failures.add(where + ": " + response.body());
                    }
                    if (response.status() >= 400) {
                        if (!isProblem(response)) {
                            notProblems++;
                            failures.add(where + " is not problem details: " + response.contentType());
                        }
                        ServiceState.Snapshot after = state.snapshot();
                        if (!after.equals(before)) {
                            changed++;
                            failures.add(where + " was refused but changed the store or a topic");
                            state.awaitSettled(consumerGroups());
                            before = state.snapshot();
                        }
                    } else {
                        state.awaitSettled(consumerGroups());
                        settle();
                        before = state.snapshot();
                    }
                }
            }
        }
        int edge = statuses.getOrDefault(401, 0) + statuses.getOrDefault(403, 0);
        System.out.printf("Bad input against %s: seed %d, %d requests, %d 5xx, %d errors not problem details, "
                + "%d rejected requests that changed state; answers %s%n", getClass().getSimpleName(), seed, tried,
                serverErrors, notProblems, changed, statuses);
        assertThat(failures).as("replay with -Dhoptac.fuzz.seed=%d", seed).isEmpty();
        assertThat(tried).as("requests tried").isGreaterThan(operations.size() * 10);
        assertThat(edge).as("answers that only the edge gave (401/403): the run must test more than tokens")
                .isLessThan(tried / 20);
    }

    private static boolean isProblem(RawHttp.Response response) {
        if (response.contentType() == null || !response.contentType().startsWith("application/problem+json")) {
            return false;
        }
        try {
            return JSON.readTree(response.body()).path("status").asInt() == response.status();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private RawHttp.Response send(Variant variant, String token) {
        Map<String, String> headers = new LinkedHashMap<>(variant.headers());
        headers.put("Authorization", token);
        return RawHttp.send(port, variant.method(), variant.path(), headers, variant.body());
    }

    // --- the operations, from the document

    private List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            String method = entry.getKey().toUpperCase(Locale.ROOT);
            if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                return;
            }
            JsonNode operation = entry.getValue();
            String role = operation.path("x-hoptac-roles").path(0).asString("VIEWER");
            List<Parameter> parameters = new ArrayList<>();
            operation.path("parameters").valueStream().forEach(p -> parameters.add(new Parameter(p.path("name").asString(),
                    p.path("in").asString(), p.path("schema"))));
            JsonNode content = operation.path("requestBody").path("content");
            JsonNode body = content.path("application/json").path("schema");
            operations.add(new Operation(method, path.getKey(), role, parameters, body.isMissingNode() ? null : body,
                    content.has("multipart/form-data")));
        }));
        operations.sort(java.util.Comparator.comparing((Operation o) -> o.path()).thenComparing(Operation::method));
        return operations;
    }

    // --- the variants

    private List<Variant> variants(Operation operation, JsonNode document, Random random) {
        List<Variant> variants = new ArrayList<>();
        String path = concrete(operation.path(), Map.of());
        JsonNode base = operation.body() == null ? null : example(operation.body(), document, "", 0);
        Map<String, String> headers = baseHeaders(operation);
        byte[] body = base == null ? (operation.multipart() ? null : (operation.changes() ? bytes("{}") : null))
                : bytes(base.toString());
        if (operation.multipart()) {
            multipartVariants(operation, path, headers, variants);
        } else {
            add(variants, "accept xml", operation, path, with(headers, "Accept", "application/xml"), body);
            add(variants, "accept html", operation, path, with(headers, "Accept", "text/html"), body);
            add(variants, "accept garbage", operation, path, with(headers, "Accept", "@@@;;;"), body);
            add(variants, "accept json at q=0", operation, path, with(headers, "Accept", "application/json;q=0"), body);
        }
        if (operation.changes() && !operation.multipart()) {
            for (String type : List.of("*/*", "text/plain", "application/yaml", "application/xml", "a/b/c", "multipart/form-data",
                    "application/x-www-form-urlencoded")) {
                add(variants, "content-type " + type, operation, path, with(headers, "Content-Type", type), body);
            }
            for (String raw : List.of("", "{", "[]", "null", "42", "\"text\"", "{}", "{\"x\": 1}", "{\"a\":1}}",
                    "[".repeat(3000) + "]".repeat(3000))) {
                add(variants, "body " + abbreviate(raw), operation, path, headers, bytes(raw));
            }
            if (base != null) {
                add(variants, "trailing tokens", operation, path, headers, bytes(base + " 42"));
                add(variants, "oversize body", operation, path, headers, bytes(base.toString().replaceFirst("\\{",
                        "{\"_padding\": \"" + "x".repeat(70_000) + "\", ")));
                fieldVariants(operation, path, headers, (ObjectNode) base, variants);
            }
        }
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("query")) {
                for (String value : queryValues(parameter)) {
                    add(variants, "query " + parameter.name() + "=" + abbreviate(value), operation,
                            path + (path.contains("?") ? "&" : "?") + parameter.name() + "=" + value, headers, body);
                }
            } else if (parameter.in().equals("path")) {
                for (String value : List.of("%00", "..%2f..%2fetc%2fpasswd", "x".repeat(400), "%ED%A0%80", "%zz", "%20",
                        "%C3%A0%CC%81")) {
                    add(variants, "path " + parameter.name() + "=" + abbreviate(value), operation,
                            concrete(operation.path(), Map.of(parameter.name(), value)), headers, body);
                }
            } else if (parameter.in().equals("header")) {
                for (String value : headerValues(parameter)) {
                    Map<String, String> changedHeaders = new LinkedHashMap<>(headers);
                    if (value == null) {
                        changedHeaders.remove(parameter.name());
                    } else {
                        changedHeaders.put(parameter.name(), value);
                    }
                    add(variants, "header " + parameter.name() + "=" + abbreviate(String.valueOf(value)), operation, path,
                            changedHeaders, body);
                }
            }
        }
        return variants;
    }

    private void multipartVariants(Operation operation, String path, Map<String, String> headers, List<Variant> variants) {
        String part = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dang-ky.csv\"\r\nContent-Type: text/csv\r\n\r\n";
        Map<String, String> multipart = with(headers, "Content-Type", "multipart/form-data; boundary=b");
        add(variants, "multipart without boundary", operation, path, with(headers, "Content-Type", "multipart/form-data"),
                bytes(part + "name\r\n--b--\r\n"));
        add(variants, "multipart truncated", operation, path, multipart, bytes(part + "name,type\r\nHTX"));
        add(variants, "multipart without the file part", operation, path, multipart,
                bytes("--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n"));
        add(variants, "multipart empty", operation, path, multipart, bytes(""));
        add(variants, "multipart empty file", operation, path, multipart, bytes(part + "\r\n--b--\r\n"));
        add(variants, "multipart as json", operation, path, with(headers, "Content-Type", "application/json"), bytes("{}"));
        add(variants, "multipart accept xml", operation, path, with(multipart, "Accept", "application/xml"),
                bytes(part + "name\r\n--b--\r\n"));
        add(variants, "multipart binary file", operation, path, multipart, concat(bytes(part), new byte[] {0, (byte) 0xFF,
                (byte) 0xFE, 0x7F, 0x00, 0x1B}, bytes("\r\n--b--\r\n")));
        add(variants, "multipart file named ../../x", operation, path, multipart, bytes(part.replace("dang-ky.csv",
                "../../x.csv") + "name\r\n--b--\r\n"));
    }

    private void fieldVariants(Operation operation, String path, Map<String, String> headers, ObjectNode base,
            List<Variant> variants) {
        List<String> names = new ArrayList<>();
        base.propertyNames().forEach(names::add);
        for (String name : names) {
            JsonNode value = base.get(name);
            List<Map.Entry<String, JsonNode>> replacements = new ArrayList<>();
            replacements.add(Map.entry("missing", NODES.missingNode()));
            replacements.add(Map.entry("null", NODES.nullNode()));
            replacements.add(Map.entry("an object", NODES.objectNode().put("a", 1)));
            if (value.isString()) {
                String text = value.asString();
                replacements.add(Map.entry("a number", NODES.numberNode(42)));
                replacements.add(Map.entry("a boolean", NODES.booleanNode(true)));
                replacements.add(Map.entry("an array", NODES.arrayNode().add(text)));
                replacements.add(Map.entry("NUL", NODES.stringNode(text + "\u0000")));
                replacements.add(Map.entry("a bell", NODES.stringNode("\u0007" + text)));
                replacements.add(Map.entry("a lone surrogate", NODES.stringNode(text + "\ud800")));
                replacements.add(Map.entry("10,000 characters", NODES.stringNode("ắ".repeat(10_000))));
                replacements.add(Map.entry("blank", NODES.stringNode("   ")));
                replacements.add(Map.entry("empty", NODES.stringNode("")));
                replacements.add(Map.entry("spaces around", NODES.stringNode(" " + text + " ")));
                if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    replacements.add(Map.entry("date as number", NODES.numberNode(20190301)));
                    replacements.add(Map.entry("date as array", NODES.arrayNode().add(2019).add(3).add(1)));
                    for (String date : List.of("+999999999-12-31", "-999999999-01-01", "2019-02-30", "01/03/2019", "1899-12-31",
                            "2200-01-01", "2019-3-1", "20190301")) {
                        replacements.add(Map.entry("date " + date, NODES.stringNode(date)));
                    }
                }
            } else if (value.isIntegralNumber()) {
                replacements.add(Map.entry("a numeric string", NODES.stringNode(value.asString())));
                replacements.add(Map.entry("a fraction", NODES.numberNode(1.9)));
                replacements.add(Map.entry("a boolean", NODES.booleanNode(false)));
                replacements.add(Map.entry("negative", NODES.numberNode(-1)));
                replacements.add(Map.entry("zero", NODES.numberNode(0)));
                replacements.add(Map.entry("Long.MAX_VALUE", NODES.numberNode(Long.MAX_VALUE)));
                replacements.add(Map.entry("Long.MIN_VALUE", NODES.numberNode(Long.MIN_VALUE)));
                replacements.add(Map.entry("1e30", NODES.numberNode(new java.math.BigDecimal("1e30"))));
                replacements.add(Map.entry("2^31", NODES.numberNode(2_147_483_648L)));
            } else if (value.isBoolean()) {
                replacements.add(Map.entry("\"false\"", NODES.stringNode("false")));
                replacements.add(Map.entry("2", NODES.numberNode(2)));
                replacements.add(Map.entry("0", NODES.numberNode(0)));
            } else if (value.isArray()) {
                replacements.add(Map.entry("a string", NODES.stringNode("x")));
                replacements.add(Map.entry("empty", NODES.arrayNode()));
                replacements.add(Map.entry("null items", NODES.arrayNode().addNull()));
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 5_000; i++) {
                    many.add(value.size() > 0 ? value.get(0) : NODES.stringNode("x"));
                }
                replacements.add(Map.entry("5,000 items", many));
            }
            for (Map.Entry<String, JsonNode> replacement : replacements) {
                ObjectNode changed = base.deepCopy();
                if (replacement.getValue().isMissingNode()) {
                    changed.remove(name);
                } else {
                    changed.set(name, replacement.getValue());
                }
                add(variants, name + " " + replacement.getKey(), operation, path, headers, bytes(changed.toString()));
            }
        }
    }

    private List<String> queryValues(Parameter parameter) {
        List<String> values = new ArrayList<>(List.of("", "%zz", "%00", "%ED%A0%80", "x".repeat(1200), "%20x%20", "%07"));
        String type = parameter.schema().path("type").asString("");
        if (type.equals("integer") || type.equals("number")) {
            values.addAll(List.of("abc", "1.5", "-1", "99999999999999999999", "1e3", "%2B1"));
        }
        if (parameter.schema().path("format").asString("").equals("date")) {
            values.addAll(List.of("%2B999999999-12-31", "-999999999-01-01", "2019-02-30", "20190301", "01%2F03%2F2019",
                    "1899-12-31"));
        }
        if (parameter.schema().has("enum")) {
            values.addAll(List.of("x", "%20" + parameter.schema().path("enum").path(0).asString(), "0",
                    parameter.schema().path("enum").path(0).asString().toLowerCase(Locale.ROOT)));
        }
        if (type.equals("boolean")) {
            values.addAll(List.of("2", "yes", "TRUE "));
        }
        return values;
    }

    private List<String> headerValues(Parameter parameter) {
        List<String> values = new ArrayList<>();
        values.add(null);
        values.add("");
        values.add("x".repeat(5_000));
        if (parameter.name().equalsIgnoreCase("If-Match")) {
            values.addAll(List.of("abc", "\"999\"", "\"99999999999999999999\"", "W/\"1\"", "*", "\"-1\"", "\"1\", \"2\""));
        } else {
            values.addAll(List.of("x".repeat(300), "   ", "ắ", "a\u0001b"));
        }
        return values;
    }

    private Map<String, String> baseHeaders(Operation operation) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (operation.changes() && !operation.multipart()) {
            headers.put("Content-Type", "application/json");
        }
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("header") && parameter.name().equalsIgnoreCase("If-Match")) {
                headers.put("If-Match", "\"1\"");
            }
        }
        return headers;
    }

    /** A body that is well-formed by the schema: what the mutations start from. */
    private JsonNode example(JsonNode schema, JsonNode document, String name, int depth) {
        JsonNode resolved = resolve(schema, document);
        if (resolved.has("enum")) {
            return NODES.stringNode(resolved.path("enum").path(0).asString());
        }
        String type = resolved.path("type").asString(resolved.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 3) {
                    resolved.path("properties").properties().forEach(p -> object.set(p.getKey(),
                            example(p.getValue(), document, p.getKey(), depth + 1)));
                }
                yield object;
            }
            case "array" -> NODES.arrayNode().add(example(resolved.path("items"), document, name, depth + 1));
            case "integer", "number" -> NODES.numberNode(Math.max(1, resolved.path("minimum").asLong(1)));
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.stringNode(exampleText(resolved, name));
        };
    }

    private String exampleText(JsonNode schema, String name) {
        if (schema.path("format").asString("").equals("date")) {
            return "2019-03-01";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("province")) {
            return province();
        }
        if (lower.endsWith("id") || lower.endsWith("ids")) {
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
        }
        if (lower.contains("registrationcode")) {
            return "1900000999";
        }
        if (lower.equals("code") || lower.equals("chain")) {
            return "tea";
        }
        return "Hợp tác xã Thử nghiệm";
    }

    private static JsonNode resolve(JsonNode schema, JsonNode document) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asString();
            current = document.at(ref.substring(1));
        }
        return current;
    }

    private String concrete(String template, Map<String, String> overrides) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = overrides.containsKey(name) ? overrides.get(name) : placeholder(name, template);
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static void add(List<Variant> variants, String what, Operation operation, String path, Map<String, String> headers,
            byte[] body) {
        variants.add(new Variant(what, operation.method(), path, headers, body));
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(name, value);
        return changed;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 24 ? text.substring(0, 20) + "…(" + text.length() + ")" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

}
