package vn.hoptac.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A token issuer for tests: an OpenID discovery document and a JWKS served over HTTP on a free port,
 * and tokens signed with its key. Services under test verify them through Boot's standard
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, exactly as they verify a province's
 * identity provider; {@link RealInfrastructureInitializer} points every test context at it.
 *
 * <pre>{@code
 * String bearer = TestIssuer.shared().token("nguyen.van.an").roles("REGISTRY_OFFICER").provinces("19").bearer();
 * }</pre>
 */
public final class TestIssuer {

    public static final String AUDIENCE = "hoptac";

    private static TestIssuer shared;

    private final RSAKey key;
    private final RSAKey otherKey;
    private final HttpServer server;
    private final String issuer;

    private TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            otherKey = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate(); // same kid, other key: a forgery
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException("Could not start the test issuer", e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/jwks\","
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
        server.createContext("/jwks", exchange -> answer(exchange, jwks));
        server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange, discovery));
        server.setExecutor(null);
        server.start();
    }

    /** The JVM's test issuer, started on first use and stopped when the JVM exits. */
    public static synchronized TestIssuer shared() {
        if (shared == null) {
            shared = new TestIssuer();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.server.stop(0)));
        }
        return shared;
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/jwks";
    }

    /** A token for {@code subject}, to be shaped by the builder. */
    public Token token(String subject) {
        return new Token(subject);
    }

    /** {@code Bearer <token>} for an officer of {@code province} holding {@code roles}. */
    public String bearer(String subject, String province, String... roles) {
        return token(subject).provinces(province).roles(roles).bearer();
    }

    private static void answer(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A token's claims; the defaults are a valid HopTac token with no roles and no provinces. */
    public final class Token {
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private String issuedBy = issuer;
        private List<String> audience = List.of(AUDIENCE);
        private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
        private boolean forged;

        private Token(String subject) {
            claims.put("sub", subject);
            claims.put("name", subject);
        }

        public Token name(String name) {
            return claim("name", name);
        }

        public Token roles(String... roles) {
            return claim("roles", List.of(roles));
        }

        public Token provinces(String... provinces) {
            return claim("provinces", List.of(provinces));
        }

        public Token national() {
            return claim("national", true);
        }

        /** Any claim, also of the wrong shape ({@code null} removes it). */
        public Token claim(String name, Object value) {
            if (value == null) {
                claims.remove(name);
            } else {
                claims.put(name, value);
            }
            return this;
        }

        public Token audience(String... audience) {
            this.audience = List.of(audience);
            return this;
        }

        public Token issuer(String issuer) {
            this.issuedBy = issuer;
            return this;
        }

        public Token expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /** Signed by another key that claims this issuer's key id. */
        public Token forged() {
            this.forged = true;
            return this;
        }

        public String jwt() {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuedBy).audience(new ArrayList<>(audience))
                    .issueTime(Date.from(Instant.now().minusSeconds(5))).expirationTime(Date.from(expiresAt))
                    .jwtID(UUID.randomUUID().toString());
            claims.forEach(set::claim);
            RSAKey signing = forged ? otherKey : key;
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signing.getKeyID()).build(),
                        set.build());
                jwt.sign(new RSASSASigner(signing));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        public String bearer() {
            return "Bearer " + jwt();
        }
    }
}
