package vn.hoptac.plumbing.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document names each operation's roles ({@code x-hoptac-roles}, and in its description)
 * and its bearer-token requirement, so clients and the security tests read who may call what from the
 * contract itself.
 */
final class RolesInOpenApi implements OperationCustomizer, OpenApiCustomizer {

    static final String SCHEME = "bearer";
    static final String ROLES_EXTENSION = "x-hoptac-roles";

    static {
        // The caller comes from the token, never from the request's parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod method) {
        Allowed allowed = EndpointAuthorization.allowed(method);
        List<String> roles = allowed == null ? List.of() : Arrays.stream(allowed.value()).map(Role::name).toList();
        operation.addExtension(ROLES_EXTENSION, roles);
        operation.addSecurityItem(new SecurityRequirement().addList(SCHEME));
        String who = roles.isEmpty() ? "Roles: none (refused to every token)."
                : "Roles: " + String.join(", ", roles) + (roles.contains(Role.VIEWER.name())
                        ? " (every officer role includes VIEWER)." : ".");
        operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT").description("A JWT from the alliance's identity provider, with the "
                        + "claims sub, name, roles, provinces (or national: true), aud containing hoptac, iss and exp."));
    }
}
