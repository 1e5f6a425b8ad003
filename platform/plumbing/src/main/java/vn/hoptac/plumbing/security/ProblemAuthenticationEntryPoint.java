package vn.hoptac.plumbing.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import vn.hoptac.plumbing.web.ProblemResponses;

/**
 * 401 (or 400 for a malformed {@code Authorization} header) as problem details, with the
 * {@code WWW-Authenticate: Bearer …} header of RFC 6750. A token that cannot be verified because the
 * identity provider is unreachable is a 401 too, never a 5xx: the caller can only retry later.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    ProblemAuthenticationEntryPoint() {
        bearer.setRealmName("hoptac");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearer.commence(request, response, failure);
        int status = response.getStatus();
        String detail;
        if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            detail = oauth.getError().getDescription();
        } else if (failure instanceof AuthenticationServiceException) {
            detail = "The token could not be verified now (the identity provider did not answer); try again later.";
        } else if (failure instanceof InsufficientAuthenticationException) {
            detail = "This request needs a bearer token: send Authorization: Bearer <token> from the alliance's identity provider.";
        } else {
            detail = "The bearer token was refused.";
        }
        ProblemResponses.write(request, response, status, status == 400 ? "bad-request" : "unauthorized",
                status == 400 ? "Bad request" : "Authentication required", detail);
    }
}
