package vn.hoptac.plumbing.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an HTTP operation, besides acting for this alliance: a token holding any of these
 * roles (see {@link Role#grants}). Every operation of a service declares it, on the method or its
 * controller; an operation without it is refused to everyone. The OpenAPI document lists the roles.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Allowed {

    Role[] value();
}
