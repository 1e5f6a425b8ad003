package vn.hoptac.testsupport;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Takes tokens from a running issuer by the client-credentials flow, as a script would with curl:
 * the local stack's demo users are clients whose id is the user's.
 */
public final class IssuerClient {

    private final Http http;
    private final String secret;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public IssuerClient(String issuer, String secret) {
        this.http = new Http(issuer);
        this.secret = secret;
    }

    /** {@code Bearer …} for the demo user {@code client}, taken once and reused. */
    public String bearer(String client) {
        return tokens.computeIfAbsent(client, this::fetch);
    }

    private String fetch(String client) {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        Http.Response response = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        if (response.status() != 200) {
            throw new IllegalStateException("The issuer refused a token to " + client + ": " + response.raw().body());
        }
        return "Bearer " + response.text("access_token");
    }
}
