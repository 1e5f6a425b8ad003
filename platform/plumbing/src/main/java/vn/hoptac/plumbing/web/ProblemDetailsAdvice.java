package vn.hoptac.plumbing.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.hoptac.plumbing.errors.BadRequestException;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.ForbiddenException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.errors.NotFoundException;
import vn.hoptac.plumbing.errors.PreconditionFailedException;
import vn.hoptac.plumbing.errors.PreconditionRequiredException;
import vn.hoptac.plumbing.errors.UnprocessableException;

/**
 * Every 4xx and 5xx as RFC 9457 problem details, always {@code application/problem+json} whatever the
 * request's {@code Accept} says (a client that asked for XML still learns why it failed). Field-level
 * problems carry {@code errors: [{field, message}]} so a client can point at the offending input;
 * malformed JSON names the field by Jackson's path, a header or parameter by its name.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPE_BASE = "https://hoptac.vn/problems/";

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (findCause(ex, PayloadTooLargeException.class) != null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large",
                    findCause(ex, PayloadTooLargeException.class).getMessage(), List.of());
        }
        JacksonException jackson = findCause(ex, JacksonException.class);
        if (jackson == null) {
            return problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request body",
                    "The request body is missing or is not JSON.", List.of());
        }
        String field = path(jackson);
        String message = message(jackson);
        List<InvalidFieldException.FieldError> errors = field.isEmpty() ? List.of()
                : List.of(new InvalidFieldException.FieldError(field, message));
        return problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request body",
                field.isEmpty() ? "The request body is not valid JSON: " + jackson.getOriginalMessage()
                        : "Field '" + field + "' " + message + ".", errors);
    }

    /** What a value of the wrong kind should have been, in words a client can act on. */
    private static String message(JacksonException jackson) {
        Class<?> target = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (jackson instanceof InvalidFormatException invalid && target != null && target.isEnum()) {
            return "must be one of " + Arrays.toString(target.getEnumConstants());
        }
        if (jackson instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class) {
            return "must be a whole number (a JSON number without a fraction or quotes)"
                    + (target == Integer.class || target == int.class ? " up to " + Integer.MAX_VALUE : "");
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == java.math.BigDecimal.class || target == Double.class || target == double.class) {
            return "must be a number";
        }
        if (target != null && (java.util.Collection.class.isAssignableFrom(target) || target.isArray())) {
            return "must be an array";
        }
        if (jackson instanceof InvalidFormatException && target != null) {
            return "is not a valid " + target.getSimpleName();
        }
        if (jackson instanceof MismatchedInputException && target != null && target.isRecord()) {
            return "must be an object";
        }
        return jackson.getOriginalMessage();
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large",
                ex.getMaxUploadSize() > 0 ? "The upload exceeds the limit of " + ex.getMaxUploadSize() + " bytes."
                        : "The upload exceeds the size limit for files.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<InvalidFieldException.FieldError> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new InvalidFieldException.FieldError(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new InvalidFieldException.FieldError("", error.getDefaultMessage())));
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidFieldException.FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new InvalidFieldException.FieldError(
                    name == null ? "" : name, error.getDefaultMessage())));
        });
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid request parameter",
                "A request parameter is invalid.", errors);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException binding,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (!(binding instanceof MissingRequestHeaderException ex)) {
            return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", binding.getMessage(), List.of());
        }
        return problem(HttpStatus.BAD_REQUEST, "missing-header", "Missing request header",
                "Header '" + ex.getHeaderName() + "' is required.",
                List.of(new InvalidFieldException.FieldError(ex.getHeaderName(), "is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        Class<?> type = ex.getRequiredType();
        InvalidParameterException own = findCause(ex, InvalidParameterException.class);
        String message = own != null ? own.getMessage()
                : type != null && type.isEnum() ? "must be one of " + Arrays.toString(type.getEnumConstants())
                : "is not a valid " + (type == null ? "value" : type.getSimpleName());
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid request parameter",
                "Parameter '" + ex.getName() + "' " + message + ".",
                List.of(new InvalidFieldException.FieldError(ex.getName(), message)));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "There is no " + ex.getHttpMethod() + " /" + ex.getResourcePath() + " here.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable",
                "This operation answers " + (ex.getSupportedMediaTypes().isEmpty() ? "application/json"
                        : MediaType.toString(ex.getSupportedMediaTypes())) + "; the Accept header allows none of it.",
                List.of(new InvalidFieldException.FieldError(HttpHeaders.ACCEPT, "allows nothing this operation answers")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String supported = MediaType.toString(ex.getSupportedMediaTypes());
        ResponseEntity<Object> answer = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Unsupported media type", "This operation reads " + (supported.isEmpty() ? "no body" : supported)
                        + (ex.getContentType() == null ? "" : ", not " + ex.getContentType()) + ".",
                List.of(new InvalidFieldException.FieldError(HttpHeaders.CONTENT_TYPE, "must be " + supported)));
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.ACCEPT, supported).body(answer.getBody());
    }

    /** A multipart body without its boundary, cut short, or otherwise not what it says it is. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException ex) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed upload",
                "The body is not a complete multipart/form-data upload (a boundary in Content-Type, then every part "
                        + "closed by it).", List.of(new InvalidFieldException.FieldError(HttpHeaders.CONTENT_TYPE,
                        "does not describe the body")));
    }

    /** A header or parameter that the plumbing refused before the operation ran. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> invalidParameter(InvalidParameterException ex) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid request parameter",
                "'" + ex.name() + "' " + ex.getMessage() + ".", List.of(new InvalidFieldException.FieldError(ex.name(),
                        ex.getMessage())));
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException ex) {
        return invalid(ex.errors());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Object> badRequest(BadRequestException ex) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", ex.getMessage(),
                List.of(new InvalidFieldException.FieldError(ex.field(), ex.getMessage())));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage(), List.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException ex) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for this officer", ex.getMessage(), List.of());
    }

    /** Spring Security's refusals raised inside a controller (method security), never a 500. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException ex) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for this officer", ex.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict with the current state", ex.getMessage(), List.of());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException ex) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict with the current state",
                "Another record already holds a value that must be unique.", List.of());
    }

    @ExceptionHandler({PreconditionFailedException.class, OptimisticLockingFailureException.class})
    ResponseEntity<Object> stale(RuntimeException ex) {
        return problem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Stale version",
                ex instanceof PreconditionFailedException ? ex.getMessage()
                        : "The record changed since you read it: read it again, then retry with its new ETag.",
                List.of());
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<Object> preconditionRequired(PreconditionRequiredException ex) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "If-Match required", ex.getMessage(),
                List.of(new InvalidFieldException.FieldError(HttpHeaders.IF_MATCH, "is required")));
    }

    @ExceptionHandler(UnprocessableException.class)
    ResponseEntity<Object> unprocessable(UnprocessableException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable", "Request refused", ex.getMessage(), List.of());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException ex) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large", ex.getMessage(), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side; nothing was changed unless a response said so.", List.of());
    }

    private ResponseEntity<Object> invalid(List<InvalidFieldException.FieldError> errors) {
        String detail = errors.size() == 1 ? "Field '" + errors.get(0).field() + "' " + errors.get(0).message() + "."
                : errors.size() + " fields are invalid.";
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation-failed", "Validation failed", detail, errors);
    }

    static ResponseEntity<Object> problem(HttpStatus status, String type, String title, String detail,
            List<InvalidFieldException.FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        }
        // Preset, so the answer is written as problem details whatever the request's Accept says.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Spring's own answers (405, 415, a missing parameter, …) get the same type, base and media type. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        HttpHeaders answer = new HttpHeaders();
        answer.addAll(headers);
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                HttpStatus known = HttpStatus.resolve(status.value());
                problem.setType(URI.create(TYPE_BASE + (known == null ? "error" : known.name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'))));
            }
            answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return new ResponseEntity<>(body, answer, status);
    }

    /** Jackson's path as a client writes it: {@code address.commune}, {@code members[2].name}. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
