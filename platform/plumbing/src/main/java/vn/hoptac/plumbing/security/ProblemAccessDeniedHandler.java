package vn.hoptac.plumbing.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.hoptac.plumbing.web.ProblemResponses;

/** 403 as problem details, saying why: the province, a national token on a change, or the role. */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String detail = denied instanceof AuthorizationDeniedException authorization
                && authorization.getAuthorizationResult() instanceof Refusal refusal ? refusal.reason()
                : "This token may not make this request.";
        ProblemResponses.write(request, response, 403, "forbidden", "Not allowed for this token", detail);
    }
}
