package vn.hoptac.plumbing.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hoptac.launcher.Ports;
import vn.hoptac.plumbing.consuming.LedgerTestApplication;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.TestIssuer;

/**
 * A service whose identity provider is away starts, stays ready, and answers a token it cannot
 * verify with 401 problem details, never a 5xx. Subclasses say how the provider is configured.
 */
@SpringBootTest(classes = LedgerTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hoptac.alliance.service=ledger", "spring.cloud.function.definition=",
                "management.endpoints.web.exposure.include=health,metrics",
                "management.endpoint.health.probes.enabled=true"})
@RealInfrastructure
abstract class IdentityProviderAway {

    /** Where nothing listens. */
    static final String AWAY = "http://127.0.0.1:" + Ports.freePort();

    @LocalServerPort
    int port;

    @Test
    void aTokenThatCannotBeVerifiedIs401WhileTheServiceStaysReady() {
        Http http = new Http("http://127.0.0.1:" + port);
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);

        String token = TestIssuer.shared().token("van.hanh").issuer(AWAY).provinces("19").roles("OPERATOR").bearer();
        for (int attempt = 0; attempt < 2; attempt++) { // a lazily resolved issuer fails again, the same way, next time
            Http.Response refused = http.get("/actuator/metrics", "Authorization", token);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("detail")).contains("could not be verified");
        }
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
    }
}
