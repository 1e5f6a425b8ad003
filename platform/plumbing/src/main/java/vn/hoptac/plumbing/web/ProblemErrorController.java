package vn.hoptac.plumbing.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error}, where the servlet container sends what failed outside Spring MVC (a filter, the
 * security chain): problem details like every other error, never Boot's default body.
 */
@RestController
@Hidden
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    public ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // Asked for directly, not sent here by the container: there is nothing to see.
            return ProblemDetailsAdvice.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                    "There is no " + request.getMethod() + " " + request.getRequestURI() + " here.", List.of());
        }
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.value() < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String detail = status.is5xxServerError()
                ? "Something went wrong on our side; nothing was changed unless a response said so."
                : status.getReasonPhrase() + ".";
        return ProblemDetailsAdvice.problem(status, status.is5xxServerError() ? "internal-error"
                : status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), status.getReasonPhrase(), detail, List.of());
    }
}
