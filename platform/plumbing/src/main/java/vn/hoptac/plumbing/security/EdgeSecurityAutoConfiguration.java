package vn.hoptac.plumbing.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.hoptac.plumbing.alliance.Alliance;

/**
 * The secure edge every service stands behind, written once. Each service is an OAuth2 resource
 * server on Boot's standard {@code spring.security.oauth2.resourceserver.jwt.*} properties (so any
 * province's identity provider, or a test's own key, plugs in); the token must have HopTac's claims
 * ({@link TokenClaims}) and act for this alliance ({@link AllianceScope}); each operation's roles are
 * checked by {@link EndpointAuthorization}. Open without a token: health, Prometheus scraping and the
 * OpenAPI document. Everything else needs a token, reads included; actuator needs {@code OPERATOR}.
 */
@AutoConfiguration(before = {OAuth2ResourceServerAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class EdgeSecurityAutoConfiguration {

    /** Paths open to anyone: probes, scraping and the contract. */
    static final String[] OPEN = {"/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/v3/api-docs",
            "/v3/api-docs/**", "/error"};

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Bean
    AllianceScope allianceScope(Alliance alliance) {
        return new AllianceScope(alliance);
    }

    /** Added by Boot to its decoder's validators, beside the audience and the issuer. */
    @Bean
    OAuth2TokenValidator<Jwt> hoptacTokenClaims() {
        return new TokenClaims();
    }

    @Bean
    SecurityFilterChain edgeSecurity(HttpSecurity http, ObjectProvider<JwtDecoder> decoders, AllianceScope scope) {
        JwtDecoder decoder = decoders.getIfAvailable(() -> {
            throw new IllegalStateException("No token verification is configured: set spring.security.oauth2.resourceserver"
                    + ".jwt.issuer-uri (or jwk-set-uri) to the alliance's identity provider");
        });
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
        ProblemAccessDeniedHandler deniedHandler = new ProblemAccessDeniedHandler();
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> TokenClaims.roles(jwt).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN).permitAll()
                        .requestMatchers("/actuator/**").access(inScope(scope, Role.OPERATOR))
                        .anyRequest().access(inScope(scope, null)))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(new ResilientJwtDecoder(decoder)).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(deniedHandler)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                // Unlike the default, an unverifiable token is the entry point's 401, not a rethrown 500.
                                filter.setAuthenticationFailureHandler(entryPoint::commence);
                                return filter;
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(deniedHandler));
        return http.build();
    }

    /**
     * Grants a verified token that acts for this alliance; {@code role}, when given, must be held too.
     * Anything else is denied: with no token that becomes the entry point's 401.
     */
    private static AuthorizationManager<RequestAuthorizationContext> inScope(AllianceScope scope, Role role) {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                    RequestAuthorizationContext context) {
                if (!(authentication.get() instanceof JwtAuthenticationToken token)) {
                    return new AuthorizationDecision(false);
                }
                Actor actor = TokenClaims.actor(token.getToken());
                Optional<String> refusal = scope.refusal(actor, changes(context.getRequest()));
                if (refusal.isPresent()) {
                    return new Refusal(refusal.get());
                }
                if (role != null && !actor.holdsAnyOf(role)) {
                    return new Refusal("This endpoint needs the role " + role + ".");
                }
                return new AuthorizationDecision(true);
            }
        };
    }

    private static boolean changes(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod());
    }

    @Bean
    WebMvcConfigurer edgeAuthorization() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new EndpointAuthorization()).excludePathPatterns(OPEN);
            }

            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentActor());
            }
        };
    }

    @Bean
    RolesInOpenApi rolesInOpenApi() {
        return new RolesInOpenApi();
    }
}
