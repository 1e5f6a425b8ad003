package vn.hoptac.issuer;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring Authorization Server set up as HopTac's local identity provider: every demo user is a
 * client for the client-credentials flow (scripts, curl) and a login for the authorization-code flow
 * with PKCE (browsers, through the public client {@value #WEB_CLIENT}). Every token carries exactly
 * the claims the services expect: {@code sub}, {@code name}, {@code roles}, {@code provinces} or
 * {@code national}, {@code aud: hoptac}, {@code iss}, {@code exp}.
 */
@Configuration(proxyBeanMethods = false)
class IssuerConfiguration {

    static final String WEB_CLIENT = "hoptac-web";
    static final String AUDIENCE = "hoptac";

    @Bean
    DemoUsers demoUsers(IssuerProperties properties) {
        return new DemoUsers(properties.provinces());
    }

    @Bean
    KeyRing keyRing(IssuerProperties properties) {
        return properties.keysFile() == null || properties.keysFile().isBlank() ? KeyRing.inMemory()
                : KeyRing.inFile(Path.of(properties.keysFile()));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClients(DemoUsers users, IssuerProperties properties, PasswordEncoder encoder) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.tokenTtl()).build();
        List<RegisteredClient> clients = new ArrayList<>();
        for (DemoUsers.DemoUser user : users.all()) {
            // Encoded once per client: each hash has its own salt, as the repository requires.
            clients.add(RegisteredClient.withId(user.id()).clientId(user.id()).clientSecret(encoder.encode(properties.demoSecret()))
                    .clientName(user.name())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .tokenSettings(tokens).build());
        }
        RegisteredClient.Builder web = RegisteredClient.withId(WEB_CLIENT).clientId(WEB_CLIENT).clientName("HopTac dashboards")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens);
        properties.redirectUris().forEach(web::redirectUri);
        if (!properties.redirectUris().isEmpty()) {
            clients.add(web.build());
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    UserDetailsService loginUsers(DemoUsers users, IssuerProperties properties, PasswordEncoder encoder) {
        String password = encoder.encode(properties.demoSecret());
        return new InMemoryUserDetailsManager(users.all().stream()
                .map(user -> User.withUsername(user.id()).password(password).roles(user.roles().toArray(String[]::new)).build())
                .toList());
    }

    /** HopTac's claims on every access and ID token; the header names the signing key. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> hoptacClaims(DemoUsers users, KeyRing keys) {
        return context -> {
            context.getJwsHeader().keyId(keys.signing().getKeyID());
            DemoUsers.DemoUser user = users.find(context.getPrincipal().getName()).orElse(null);
            if (user == null) {
                return; // the web client itself, which has no roles
            }
            context.getClaims().subject(user.id()).claim("name", user.name()).claim("roles", user.roles());
            if (user.national()) {
                context.getClaims().claim("national", true);
            } else {
                context.getClaims().claim("provinces", user.provinces());
            }
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                context.getClaims().audience(List.of(AUDIENCE));
            }
        };
    }

    /** The JWKS publishes every key of the ring: the signing one and the one before the last rotation. */
    @Bean
    JWKSource<SecurityContext> jwkSource(KeyRing keys) {
        return (selector, context) -> selector.select(new JWKSet(new ArrayList<JWK>(keys.all())));
    }

    /** Signs with the ring's current key only (the header's key id selects it). */
    @Bean
    JwtEncoder jwtEncoder(KeyRing keys) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder((selector, context) -> selector.select(new JWKSet(keys.signing())));
        return encoder;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IssuerProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults());
        });
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        // A browser that is not logged in yet goes to the login form; API clients get 401.
        MediaTypeRequestMatcher browsers = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browsers.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        http.exceptionHandling(exceptions -> exceptions
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browsers)
                .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), AnyRequestMatcher.INSTANCE));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginAndDirectory(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/demo-users", "/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }
}
