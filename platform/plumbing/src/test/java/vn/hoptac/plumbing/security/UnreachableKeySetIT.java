package vn.hoptac.plumbing.security;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The provider's keys, named by {@code jwk-set-uri}, cannot be fetched. */
class UnreachableKeySetIT extends IdentityProviderAway {

    @DynamicPropertySource
    static void keysAway(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> AWAY);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> AWAY + "/jwks");
    }
}
