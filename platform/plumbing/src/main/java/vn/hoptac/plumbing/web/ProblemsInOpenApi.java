package vn.hoptac.plumbing.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document tells a generated client the truth about errors: every operation lists the
 * problem-details answers it can give ({@code application/problem+json}, schema {@code Problem}),
 * and {@code If-Match} is shown as required (a change without it is a 428).
 */
public final class ProblemsInOpenApi implements OperationCustomizer, OpenApiCustomizer {

    static final String PROBLEM = "Problem";

    static {
        // The version is read from If-Match by IfMatchResolver; the document shows the header instead.
        org.springdoc.core.utils.SpringDocUtils.getConfig().addAnnotationsToIgnore(IfMatch.class);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod method) {
        boolean reads = method.hasMethodAnnotation(GetMapping.class);
        boolean versioned = false;
        if (java.util.Arrays.stream(method.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(IfMatch.class))) {
            operation.addParametersItem(new Parameter().in("header").name(HttpHeaders.IF_MATCH)
                    .schema(new StringSchema()));
        }
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("header".equals(parameter.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                    parameter.setRequired(true);
                    parameter.setDescription("The ETag of your last read of this record, e.g. \"3\": missing is 428, stale is 412.");
                    versioned = true;
                }
                if ("header".equals(parameter.getIn()) && "Idempotency-Key".equalsIgnoreCase(parameter.getName())) {
                    parameter.setDescription("1 to 200 printable characters: a retry with the same key and body is answered "
                            + "as the first time; the same key with another body is 422.");
                }
            }
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        // Operations answer JSON (see AcceptableResponse), whatever springdoc guesses without a produces.
        responses.values().forEach(response -> {
            if (response.getContent() != null && response.getContent().containsKey("*/*")) {
                MediaType any = response.getContent().remove("*/*");
                response.getContent().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
            }
        });
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Malformed: a body, parameter or header that cannot be read (the field is named)");
        problems.put("401", "No token, or one that cannot be verified");
        problems.put("403", "The token does not act for this alliance or lacks the operation's role");
        problems.put("404", "Nothing with that id");
        problems.put("406", "The Accept header allows nothing the operation answers");
        if (!reads) {
            problems.put("409", "Conflicts with the record's current state");
            problems.put("413", "The body is too large");
            problems.put("415", "The Content-Type is not what the operation reads");
            problems.put("422", "Well-formed but refused by the rules (the fields are named)");
        }
        if (versioned) {
            problems.put("412", "If-Match names a version that is not the current one");
            problems.put("428", "If-Match is missing");
        }
        problems.put("500", "Failed on the service's side; nothing was changed unless a response said so");
        problems.forEach((status, description) -> responses.putIfAbsent(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
        operation.setResponses(responses);
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Schema<?> error = new ObjectSchema().addProperty("field", new StringSchema()).addProperty("message", new StringSchema());
        openApi.getComponents().addSchemas(PROBLEM, new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(error)));
    }
}
