package vn.hoptac.plumbing.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Boot's decoder, as its standard properties configure it, with one change: when the issuer cannot be
 * reached to resolve its keys (Boot resolves {@code issuer-uri} lazily and throws a plain runtime
 * exception), the failure becomes a {@link JwtException}, which the resource server answers with 401.
 */
final class ResilientJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;

    ResilientJwtDecoder(JwtDecoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public Jwt decode(String token) {
        try {
            return delegate.decode(token);
        } catch (JwtException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JwtException("The identity provider could not be reached: " + e.getMessage(), e);
        }
    }
}
