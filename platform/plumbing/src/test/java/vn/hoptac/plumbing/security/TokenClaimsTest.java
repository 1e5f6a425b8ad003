package vn.hoptac.plumbing.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenClaimsTest {

    static Jwt token(Consumer<Map<String, Object>> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("nguyen.van.an")
                .claim("name", "Nguyễn Văn An").claim("roles", List.of("REGISTRY_OFFICER", "offline_access"))
                .claim("provinces", List.of("19")).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        builder.claims(claims);
        return builder.build();
    }

    @Test
    void aWellShapedTokenNamesItsActorKeepingDiacriticsAndIgnoringRolesItDoesNotKnow() {
        Jwt jwt = token(claims -> { });

        assertThat(new TokenClaims().validate(jwt).hasErrors()).isFalse();
        Actor actor = TokenClaims.actor(jwt);
        assertThat(actor.id()).isEqualTo("nguyen.van.an");
        assertThat(actor.name()).isEqualTo("Nguyễn Văn An");
        assertThat(actor.roles()).containsExactly(Role.REGISTRY_OFFICER);
        assertThat(actor.provinces()).containsExactly("19");
        assertThat(actor.national()).isFalse();
    }

    @Test
    void claimsOfTheWrongShapeMakeTheTokenInvalid() {
        assertThat(TokenClaims.problems(token(c -> c.put("roles", "REGISTRY_OFFICER")))).singleElement().asString()
                .contains("roles");
        assertThat(TokenClaims.problems(token(c -> c.put("provinces", List.of("Thái Nguyên"))))).singleElement()
                .asString().contains("provinces");
        assertThat(TokenClaims.problems(token(c -> c.put("national", "yes")))).singleElement().asString().contains("national");
        assertThat(TokenClaims.problems(token(c -> c.put("name", 42)))).singleElement().asString().contains("name");
        assertThat(TokenClaims.problems(token(c -> c.put("sub", "a\u0000b")))).singleElement().asString().contains("sub");
        assertThat(TokenClaims.problems(token(c -> c.remove("exp")))).singleElement().asString().contains("exp");
    }

    @Test
    void aTokenWithoutNameOrRolesIsValidButNamesItsSubjectAndHoldsNothing() {
        Actor actor = TokenClaims.actor(token(c -> {
            c.remove("name");
            c.remove("roles");
        }));

        assertThat(actor.name()).isEqualTo("nguyen.van.an");
        assertThat(actor.roles()).isEmpty();
        assertThat(actor.holdsAnyOf(Role.VIEWER)).isFalse();
    }

    @Test
    void everyOfficerRoleReadsAsAViewerButTheOperatorDoesNot() {
        for (Role role : Role.values()) {
            assertThat(role.grants(Role.VIEWER)).as("%s reads", role).isEqualTo(role != Role.OPERATOR);
            assertThat(role.grants(role)).isTrue();
        }
        assertThat(Role.VIEWER.grants(Role.REGISTRY_OFFICER)).isFalse();
        assertThat(Role.APPRAISER.grants(Role.APPROVER)).isFalse();
    }
}
