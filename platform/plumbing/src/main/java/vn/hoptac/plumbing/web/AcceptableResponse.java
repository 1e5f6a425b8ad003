package vn.hoptac.plumbing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Content negotiation before the operation runs: an {@code Accept} that allows nothing the operation
 * answers is a 406 now, not after the change was stored (a client retrying after a late 406 would book
 * the money twice). An operation answers JSON unless its mapping declares {@code produces}.
 */
public final class AcceptableResponse implements HandlerInterceptor {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        List<MediaType> producible = producible(request);
        List<String> accept = java.util.Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        if (accept.isEmpty()) {
            return true;
        }
        List<MediaType> acceptable;
        try {
            acceptable = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException(producible);
        }
        for (MediaType wanted : acceptable) {
            for (MediaType offered : producible) {
                if (wanted.isCompatibleWith(offered) && wanted.getQualityValue() > 0) {
                    return true;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(producible);
    }

    @SuppressWarnings("unchecked")
    private static List<MediaType> producible(HttpServletRequest request) {
        Object declared = request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        return declared instanceof Set<?> types && !types.isEmpty() ? List.copyOf((Set<MediaType>) types) : JSON;
    }
}
