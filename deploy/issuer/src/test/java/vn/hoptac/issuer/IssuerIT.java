package vn.hoptac.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local issuer as the services and their users meet it, over HTTP: client-credentials tokens
 * with HopTac's claims that verify through OpenID discovery (as the services' {@code issuer-uri}
 * does), the authorization-code flow with PKCE and a form login, and key rotation without a restart.
 */
@SpringBootTest(classes = IssuerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class IssuerIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int PORT = freePort();
    static final String ISSUER = "http://127.0.0.1:" + PORT;
    static final Path KEYS = tempKeys();
    static final String REDIRECT = "http://127.0.0.1:8084/login/oauth2/code/hoptac";

    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("hoptac.issuer.issuer", () -> ISSUER);
        registry.add("hoptac.issuer.provinces", () -> "19,68");
        registry.add("hoptac.issuer.keys-file", KEYS::toString);
        registry.add("hoptac.issuer.redirect-uris", () -> REDIRECT);
    }

    @Test
    void aClientCredentialsTokenCarriesHopTacsClaimsAndVerifiesThroughDiscovery() {
        JsonNode token = clientCredentials("registry-officer-19", "demo");
        assertThat(token.get("token_type").asString()).isEqualTo("Bearer");

        Jwt jwt = JwtDecoders.fromIssuerLocation(ISSUER).decode(token.get("access_token").asString());

        assertThat(jwt.getSubject()).isEqualTo("registry-officer-19");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Nguyễn Văn An");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("REGISTRY_OFFICER");
        assertThat(jwt.getClaimAsStringList("provinces")).containsExactly("19");
        assertThat(jwt.getClaims()).doesNotContainKey("national");
        assertThat(jwt.getAudience()).containsExactly("hoptac");
        assertThat(jwt.getIssuer().toString()).isEqualTo(ISSUER);
        assertThat(jwt.getExpiresAt()).isAfter(Instant.now().plusSeconds(3000));
    }

    @Test
    void everyRoleHasADemoUserInEachProvinceAndThereIsANationalViewer() {
        JsonNode directory = json(get("/demo-users"));
        assertThat(directory.get("users").valueStream().map(u -> u.get("id").asString()))
                .contains("registry-officer-19", "loan-officer-19", "appraiser-19", "approver-19", "treasurer-19",
                        "campaign-officer-19", "viewer-19", "operator-19", "appraiser-68", "national-viewer");

        Jwt national = JwtDecoders.fromIssuerLocation(ISSUER).decode(
                clientCredentials("national-viewer", "demo").get("access_token").asString());
        assertThat(national.getClaimAsBoolean("national")).isTrue();
        assertThat(national.getClaims()).doesNotContainKey("provinces");
        assertThat(national.getClaimAsStringList("roles")).containsExactly("VIEWER");
    }

    @Test
    void aWrongSecretOrAnUnknownClientGetsNoToken() {
        assertThat(tokenRequest("registry-officer-19", "wrong", "grant_type=client_credentials").statusCode()).isEqualTo(401);
        assertThat(tokenRequest("registry-officer-01", "demo", "grant_type=client_credentials").statusCode()).isEqualTo(401);
    }

    @Test
    void aRotatedKeySignsNewTokensWhileThePreviousOneStillVerifies() {
        JwtDecoder decoder = JwtDecoders.fromIssuerLocation(ISSUER);
        String before = clientCredentials("treasurer-68", "demo").get("access_token").asString();
        String oldKey = decoder.decode(before).getHeaders().get("kid").toString();

        String newKey = KeyRing.rotate(KEYS);
        String after = clientCredentials("treasurer-68", "demo").get("access_token").asString();

        assertThat(decoder.decode(after).getHeaders().get("kid")).isEqualTo(newKey);
        assertThat(decoder.decode(before).getSubject()).isEqualTo("treasurer-68");
        assertThat(json(get("/oauth2/jwks")).get("keys").valueStream().map(k -> k.get("kid").asString()))
                .containsExactly(newKey, oldKey);
        assertThat(json(get("/oauth2/jwks")).get("keys").get(0).has("d")).as("no private part published").isFalse();

        KeyRing.rotate(KEYS);
        assertThatThrownBy(() -> JwtDecoders.fromIssuerLocation(ISSUER).decode(before)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aBrowserSignsInWithTheAuthorizationCodeFlowAndPkce() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String verifier = base64Url(random(32));
        String challenge = base64Url(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = ISSUER + "/oauth2/authorize?response_type=code&client_id=hoptac-web&scope=openid%20profile"
                + "&state=xyz&redirect_uri=" + encode(REDIRECT) + "&code_challenge=" + challenge + "&code_challenge_method=S256";

        HttpResponse<String> toLogin = browser.send(HttpRequest.newBuilder(URI.create(authorize)).header("Accept", "text/html")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(ISSUER + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as("the login form has a CSRF token").isTrue();
        HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(URI.create(ISSUER + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", "viewer-68", "password", "demo",
                        "_csrf", csrf.group(1))))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);

        HttpResponse<String> back = browser.send(HttpRequest.newBuilder(URI.create(loggedIn.headers().firstValue("Location")
                .orElseThrow())).GET().build(), HttpResponse.BodyHandlers.ofString());
        String redirect = back.headers().firstValue("Location").orElseThrow();
        assertThat(redirect).startsWith(REDIRECT + "?code=").contains("state=xyz");
        String code = URI.create(redirect).getQuery().split("&")[0].substring("code=".length());

        HttpResponse<String> withoutVerifier = anonymousTokenRequest(form(Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", REDIRECT, "client_id", "hoptac-web")));
        assertThat(withoutVerifier.statusCode()).as("PKCE is required: a public client without its verifier is nobody")
                .isEqualTo(401);

        HttpResponse<String> again = browser.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String secondCode = URI.create(again.headers().firstValue("Location").orElseThrow()).getQuery().split("&")[0]
                .substring("code=".length());
        HttpResponse<String> token = anonymousTokenRequest(form(Map.of("grant_type", "authorization_code",
                "code", secondCode, "redirect_uri", REDIRECT, "client_id", "hoptac-web", "code_verifier", verifier)));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        Jwt jwt = JwtDecoders.fromIssuerLocation(ISSUER).decode(json(token.body()).get("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo("viewer-68");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Đặng Văn Khoa");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("VIEWER");
        assertThat(jwt.getClaimAsStringList("provinces")).containsExactly("68");
        assertThat(jwt.getAudience()).containsExactly("hoptac");
    }

    JsonNode clientCredentials(String client, String secret) {
        HttpResponse<String> response = tokenRequest(client, secret, "grant_type=client_credentials");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    HttpResponse<String> tokenRequest(String client, String secret, String body) {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> anonymousTokenRequest(String body) {
        return send(HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    String get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(ISSUER + path)).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static byte[] random(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return random;
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path tempKeys() {
        try {
            return Files.createTempDirectory("hoptac-issuer-").resolve("keys.json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
