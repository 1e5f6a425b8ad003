package vn.hoptac.plumbing.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claims every HopTac token carries, whoever issued it: {@code sub}, {@code name}, {@code roles}
 * (an array of {@link Role} names), {@code provinces} (an array of two-digit codes) or
 * {@code national: true}, {@code aud} containing {@code hoptac} (Boot's {@code audiences} property),
 * {@code iss} and {@code exp}. As a validator it turns a token of the wrong shape into a 401; role names
 * it does not know are ignored, since a province's identity provider may add its own.
 */
public final class TokenClaims implements OAuth2TokenValidator<Jwt> {

    public static final String NAME = "name";
    public static final String ROLES = "roles";
    public static final String PROVINCES = "provinces";
    public static final String NATIONAL = "national";

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        List<String> problems = problems(jwt);
        if (problems.isEmpty()) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(problems.stream()
                .map(problem -> new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, problem, null)).toList());
    }

    static List<String> problems(Jwt jwt) {
        List<String> problems = new ArrayList<>();
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > 200 || subject.chars().anyMatch(Character::isISOControl)) {
            problems.add("The token's sub must be 1 to 200 printable characters");
        }
        if (jwt.getExpiresAt() == null) {
            problems.add("The token has no exp");
        }
        Object name = jwt.getClaims().get(NAME);
        if (name != null && !(name instanceof String)) {
            problems.add("The token's name must be a string");
        }
        if (!isListOfStrings(jwt.getClaims().get(ROLES))) {
            problems.add("The token's roles must be an array of role names");
        }
        Object provinces = jwt.getClaims().get(PROVINCES);
        if (!isListOfStrings(provinces)
                || (provinces != null && !((Collection<?>) provinces).stream().allMatch(p -> ((String) p).matches("[0-9]{2}")))) {
            problems.add("The token's provinces must be an array of two-digit province codes");
        }
        Object national = jwt.getClaims().get(NATIONAL);
        if (national != null && !(national instanceof Boolean)) {
            problems.add("The token's national must be true or false");
        }
        return problems;
    }

    private static boolean isListOfStrings(Object value) {
        return value == null || (value instanceof Collection<?> items && items.stream().allMatch(String.class::isInstance));
    }

    /** The actor a valid token names. */
    public static Actor actor(Jwt jwt) {
        String name = jwt.getClaimAsString(NAME);
        return new Actor(jwt.getSubject(), name == null || name.isBlank() ? jwt.getSubject() : name, roles(jwt),
                strings(jwt, PROVINCES), Boolean.TRUE.equals(jwt.getClaims().get(NATIONAL)));
    }

    /** The token's roles this platform knows. */
    public static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : strings(jwt, ROLES)) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static Set<String> strings(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        Set<String> strings = new LinkedHashSet<>();
        if (value instanceof Collection<?> items) {
            items.forEach(item -> strings.add(String.valueOf(item)));
        }
        return strings;
    }
}
