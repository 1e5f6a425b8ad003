package vn.hoptac.plumbing.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.hoptac.plumbing.errors.ForbiddenException;

/**
 * Checks an operation's {@link Allowed} roles once the operation is known and before anything of the
 * request is read: a caller without the role gets 403 whatever its body says. An operation that
 * declares no roles is refused to everyone, so a forgotten annotation fails closed.
 */
final class EndpointAuthorization implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(EndpointAuthorization.class);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Allowed allowed = allowed(method);
        if (allowed == null) {
            log.error("{} declares no @Allowed roles: refused to everyone", method.getShortLogMessage());
            throw new ForbiddenException("This operation is not open to any role.");
        }
        Actor actor = CurrentActor.get().orElseThrow(() -> new ForbiddenException("This request needs a bearer token."));
        if (!actor.holdsAnyOf(allowed.value())) {
            throw new ForbiddenException("This operation needs one of the roles " + Arrays.toString(allowed.value())
                    + "; the token holds " + (actor.roles().isEmpty() ? "none" : actor.roles()) + ".");
        }
        return true;
    }

    static Allowed allowed(HandlerMethod method) {
        Allowed onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Allowed.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Allowed.class);
    }
}
