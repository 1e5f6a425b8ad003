package vn.hoptac.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * The attacks every service's edge must withstand, generated from the service's own OpenAPI document
 * so that a new endpoint is covered the day it is written: no token or a bad one is 401, another
 * province's token or a missing role is 403, a national token and a viewer change nothing, all as
 * problem details, and nothing is stored or published by any refused request. A service's
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} {@code @RealInfrastructure} test extends this
 * with its name, province and topics; the store is the context's own database.
 */
public abstract class EdgeSecurityContract {

    @LocalServerPort
    private int port;
    @Autowired
    private Environment environment;
    private MongoClient mongo;

    /** The roles of the platform, as tokens name them. */
    protected static final List<String> ALL_ROLES = List.of("REGISTRY_OFFICER", "LOAN_OFFICER", "APPRAISER", "APPROVER",
            "TREASURER", "CAMPAIGN_OFFICER", "VIEWER", "OPERATOR");
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    /** One operation of the OpenAPI document. */
    protected record Operation(String method, String path, List<String> roles, boolean multipart) {
        boolean changes() {
            return !SAFE.contains(method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The service's name in the README's table of roles ({@code registry}, {@code loans}). */
    protected abstract String serviceName();

    /** The alliance's province. */
    protected abstract String province();

    /** The service under test, without a token. */
    protected final Http service() {
        return new Http("http://127.0.0.1:" + port);
    }

    /** The service's database, whose documents no refused request may change. */
    protected final MongoDatabase database() {
        ConnectionString uri = new ConnectionString(environment.getRequiredProperty("spring.mongodb.uri"));
        if (mongo == null) {
            mongo = MongoClients.create(uri);
        }
        return mongo.getDatabase(uri.getDatabase());
    }

    @AfterEach
    void closeStore() {
        if (mongo != null) {
            mongo.close();
            mongo = null;
        }
    }

    /** The topics the service publishes to, which no refused request may grow. */
    protected abstract List<String> publishedTopics();

    /** The path to call for an operation's template, e.g. an existing organisation's id for {@code {id}}. */
    protected String concrete(String template, Function<String, String> placeholder) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(placeholder.apply(matcher.group(1))));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** The value of a path placeholder in the attacks; by default one that names nothing. */
    protected String placeholder(String name) {
        return "khong-ton-tai";
    }

    protected final TestIssuer issuer() {
        return TestIssuer.shared();
    }

    protected final List<Operation> operations() {
        JsonNode document = service().get("/v3/api-docs").json();
        List<Operation> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
            if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                return;
            }
            JsonNode operation = entry.getValue();
            List<String> roles = new ArrayList<>();
            JsonNode declared = operation.get("x-hoptac-roles");
            if (declared != null) {
                declared.valueStream().forEach(role -> roles.add(role.asString()));
            }
            operation.path("parameters").valueStream().forEach(parameter -> assertThat(parameter.path("name").asString())
                    .as("a parameter of %s %s: the caller comes from the token", method, path.getKey())
                    .isNotIn("actor", "X-Actor"));
            JsonNode body = operation.path("requestBody").path("content");
            operations.add(new Operation(method, path.getKey(), roles, body.has("multipart/form-data")));
        }));
        assertThat(operations).as("the OpenAPI document lists the service's operations").isNotEmpty();
        return operations;
    }

    @Test
    void everyOperationNamesItsRolesAndTheBearerScheme() {
        JsonNode document = service().get("/v3/api-docs").json();
        assertThat(document.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
        for (Operation operation : operations()) {
            assertThat(operation.roles()).as("roles of %s", operation).isNotEmpty().allMatch(ALL_ROLES::contains);
            if (operation.changes()) {
                assertThat(operation.roles()).as("%s changes data: no viewer may call it", operation).doesNotContain("VIEWER");
            }
        }
    }

    @Test
    void theReadmesTableOfRolesSaysWhatTheOpenApiDocumentSays() throws java.io.IOException {
        Path readme = readme();
        Pattern row = Pattern.compile("^\\| " + Pattern.quote(serviceName()) + " \\| (?:`([A-Z]+) ([^`]+)`|every `GET`) \\| ([A-Z_, ]+) \\|$");
        Map<String, Set<String>> documented = new TreeMap<>();
        Set<String> readRoles = null;
        for (String line : Files.readAllLines(readme)) {
            Matcher matcher = row.matcher(line);
            if (matcher.matches()) {
                Set<String> roles = new java.util.TreeSet<>(List.of(matcher.group(3).trim().split(",\\s*")));
                if (matcher.group(1) == null) {
                    readRoles = roles;
                } else {
                    documented.put(matcher.group(1) + " " + matcher.group(2), roles);
                }
            }
        }
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Operation operation : operations()) {
            if (operation.changes()) {
                actual.put(operation.toString(), new java.util.TreeSet<>(operation.roles()));
            } else {
                assertThat(new java.util.TreeSet<>(operation.roles())).as("%s against the README's GET row", operation)
                        .isEqualTo(readRoles);
            }
        }
        assertThat(documented).as("the README's rows for %s (%s)", serviceName(), readme).isEqualTo(actual);
    }

    private static Path readme() throws java.io.IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path readme = dir.resolve("README.md");
            if (Files.exists(readme) && Files.readString(readme).contains("## Who may do what")) {
                return readme;
            }
        }
        throw new AssertionError("No README.md with a 'Who may do what' section above " + Path.of("").toAbsolutePath());
    }

    @Test
    void noTokenOrABadTokenIs401OnEveryOperationAndChangesNothing() {
        String province = province();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("no token", null);
        bad.put("expired", token().expiresAt(Instant.now().minus(Duration.ofMinutes(5))).bearer());
        bad.put("signed by another key", token().forged().bearer());
        bad.put("wrong audience", token().audience("another-system").bearer());
        bad.put("another issuer", token().issuer("https://issuer.example.org").bearer());
        bad.put("roles not an array", token().claim("roles", "OPERATOR").bearer());
        bad.put("provinces not codes", token().claim("provinces", List.of("Thái Nguyên")).bearer());
        bad.put("not a JWT", "Bearer not.a-jwt");
        assertUnchanged(() -> {
            for (Operation operation : operations()) {
                bad.forEach((what, authorization) -> {
                    Http.Response response = call(operation, authorization);
                    assertThat(response.status()).as("%s with %s", operation, what).isEqualTo(401);
                    assertThat(response.header("WWW-Authenticate")).as("%s with %s", operation, what).startsWith("Bearer");
                    assertProblem(response, 401, operation + " with " + what);
                });
            }
        });
        assertThat(province).isNotBlank();
    }

    @Test
    void anotherProvincesTokenOrOneWithNoProvinceIs403OnEveryOperationAndChangesNothing() {
        String other = province().equals("68") ? "19" : "68";
        String otherProvince = issuer().token("can.bo.tinh.khac").provinces(other).roles(ALL_ROLES.toArray(String[]::new)).bearer();
        String nowhere = issuer().token("khong.tinh.nao").roles(ALL_ROLES.toArray(String[]::new)).bearer();
        assertUnchanged(() -> {
            for (Operation operation : operations()) {
                assertProblem(call(operation, otherProvince), 403, operation + " with province " + other + "'s token");
                assertProblem(call(operation, nowhere), 403, operation + " with a token for no province");
            }
        });
    }

    @Test
    void aNationalTokenReadsButIs403OnEveryChange() {
        String national = issuer().token("lien.minh.viet.nam").national().roles(ALL_ROLES.toArray(String[]::new)).bearer();
        assertUnchanged(() -> {
            for (Operation operation : operations()) {
                Http.Response response = call(operation, national);
                if (operation.changes()) {
                    assertProblem(response, 403, operation + " with a national token");
                } else {
                    assertThat(response.status()).as("%s with a national token", operation).isNotIn(401, 403);
                }
            }
        });
    }

    @Test
    void aViewerIs403OnEveryChangeAndChangesNothing() {
        String viewer = issuer().bearer("uy.ban.kiem.tra", province(), "VIEWER");
        assertUnchanged(() -> {
            for (Operation operation : operations()) {
                if (operation.changes()) {
                    Http.Response response = call(operation, viewer);
                    assertProblem(response, 403, operation + " by a viewer");
                    assertThat(response.text("detail")).as("%s by a viewer", operation).contains(operation.roles().get(0));
                }
            }
        });
    }

    @Test
    void everyRoleButTheOperationsIs403AndChangesNothing() {
        assertUnchanged(() -> {
            for (Operation operation : operations()) {
                List<String> others = new ArrayList<>(ALL_ROLES);
                if (operation.roles().contains("VIEWER")) {
                    others.retainAll(List.of("OPERATOR")); // every officer role includes reading
                } else {
                    others.removeAll(operation.roles());
                }
                String token = issuer().bearer("khong.du.quyen", province(), others.toArray(String[]::new));
                assertProblem(call(operation, token), 403, operation + " with roles " + others);
            }
        });
    }

    @Test
    void theOperationsOwnRoleGetsPastTheEdge() {
        for (Operation operation : operations()) {
            String token = issuer().bearer("can.bo.dung.vai.tro", province(), operation.roles().get(0));
            Http.Response response = call(operation, token);
            assertThat(response.status()).as("%s by %s: %s", operation, operation.roles().get(0), response.raw().body())
                    .isNotIn(401, 403).isLessThan(500);
        }
    }

    @Test
    void probesScrapingAndTheContractAreOpenWhileTheRestOfActuatorNeedsAnOperator() {
        Http anonymous = service();
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(200);

        assertProblem(anonymous.get("/actuator/metrics"), 401, "actuator without a token");
        assertProblem(anonymous.get("/actuator/metrics", "Authorization", issuer().bearer("xem", province(), "VIEWER")), 403,
                "actuator for a viewer");
        String operator = issuer().bearer("van.hanh", province(), "OPERATOR");
        assertThat(anonymous.get("/actuator/metrics", "Authorization", operator).status()).isEqualTo(200);

        String deadLetters = "/actuator/deadletters/" + publishedTopics().get(0) + ".khong-co.dlq";
        assertUnchanged(() -> {
            assertProblem(anonymous.request("POST", deadLetters, null), 401, "a re-drive without a token");
            assertProblem(anonymous.request("POST", deadLetters, null, "Authorization",
                    issuer().bearer("can.bo", province(), ALL_ROLES.stream().filter(r -> !r.equals("OPERATOR"))
                            .toArray(String[]::new))), 403, "a re-drive by every role but the operator");
            assertProblem(anonymous.request("POST", deadLetters, null, "Authorization",
                    issuer().token("lien.minh").national().roles("OPERATOR").bearer()), 403, "a national re-drive");
        });
        assertThat(anonymous.request("POST", deadLetters, null, "Authorization", operator).status()).isNotIn(401, 403);
    }

    /** A token that is valid in every way but the one an attack changes: all roles, this province. */
    private TestIssuer.Token token() {
        return issuer().token("ke.tan.cong").provinces(province()).roles(ALL_ROLES.toArray(String[]::new));
    }

    protected final Http.Response call(Operation operation, String authorization) {
        String path = concrete(operation.path(), this::placeholder);
        if (!operation.multipart()) {
            return service().request(operation.method(), path, operation.changes() ? "{}" : null, "Authorization",
                    authorization);
        }
        String boundary = "hoptac-attack";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dang-ky.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nname\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(operation.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return service().send(request);
    }

    private String baseUrl() {
        return service().base();
    }

    protected static void assertProblem(Http.Response response, int status, String what) {
        assertThat(response.status()).as("%s: %s", what, response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).as("%s", what).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).as("%s", what).isEqualTo(status);
        assertThat(response.text("detail")).as("%s", what).isNotBlank();
    }

    /** Runs {@code attacks}, then checks that no document changed and no topic grew. */
    protected final void assertUnchanged(Runnable attacks) {
        try (ServiceState state = new ServiceState(database(), publishedTopics())) {
            state.awaitSettled(List.of());
            ServiceState.Snapshot before = state.snapshot();
            attacks.run();
            assertThat(state.snapshot()).as("the store and the topics after the refused requests").isEqualTo(before);
        }
    }
}
