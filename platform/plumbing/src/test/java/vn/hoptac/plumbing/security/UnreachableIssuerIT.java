package vn.hoptac.plumbing.security;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The provider named by {@code issuer-uri}, whose discovery document Boot fetches on first use, is away. */
class UnreachableIssuerIT extends IdentityProviderAway {

    @DynamicPropertySource
    static void issuerAway(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> AWAY);
    }
}
