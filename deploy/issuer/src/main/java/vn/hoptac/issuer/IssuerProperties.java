package vn.hoptac.issuer;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hoptac.issuer.*}: what the local issuer says it is and whom it knows.
 *
 * @param issuer       the {@code iss} of its tokens, which the services' {@code issuer-uri} names
 * @param provinces    the provinces demo users are made for
 * @param demoSecret   the demo users' password and their clients' secret
 * @param keysFile     the signing keys' file; empty keeps one key in memory
 * @param tokenTtl     how long an access token lives
 * @param redirectUris where a browser may be sent back after login
 */
@ConfigurationProperties("hoptac.issuer")
public record IssuerProperties(String issuer, List<String> provinces, String demoSecret, String keysFile,
        Duration tokenTtl, List<String> redirectUris) {

    public IssuerProperties {
        if (issuer == null || !issuer.matches("https?://[^/]+(/.*)?")) {
            throw new IllegalStateException("hoptac.issuer.issuer must be the issuer's URL, e.g. http://127.0.0.1:9000");
        }
        provinces = provinces == null ? List.of("19") : provinces.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
        for (String province : provinces) {
            if (!province.matches("[0-9]{2}")) {
                throw new IllegalStateException("hoptac.issuer.provinces: '" + province + "' is not a two-digit province code");
            }
        }
        if (demoSecret == null || demoSecret.isBlank()) {
            throw new IllegalStateException("hoptac.issuer.demo-secret must not be empty");
        }
        tokenTtl = tokenTtl == null ? Duration.ofHours(1) : tokenTtl;
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
    }
}
