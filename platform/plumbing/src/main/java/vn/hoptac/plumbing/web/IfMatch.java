package vn.hoptac.plumbing.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller method's {@code long} parameter that holds the version the client read, from its
 * {@code If-Match} header: missing is 428, one that names no version is 412 ({@link Versions}). The
 * OpenAPI document shows the header as required.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IfMatch {
}
