package vn.hoptac.plumbing.security;

import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.hoptac.plumbing.errors.ForbiddenException;

/** The verified caller of the current request: an {@link Actor} parameter of a controller method. */
public final class CurrentActor implements HandlerMethodArgumentResolver {

    /** The caller of the request this thread serves, if it sent a valid token. */
    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token ? Optional.of(TokenClaims.actor(token.getToken()))
                : Optional.empty();
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        return get().orElseThrow(() -> new ForbiddenException("This request needs a bearer token."));
    }
}
