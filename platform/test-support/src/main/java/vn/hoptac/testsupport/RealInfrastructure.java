package vn.hoptac.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs a Spring test against real infrastructure: {@link TestInfrastructure#shared()}'s Kafka and store,
 * with a fresh database per application context (see {@link RealInfrastructureInitializer}).
 *
 * <pre>{@code
 * @SpringBootTest
 * @RealInfrastructure
 * class OrganisationApiTest { ... }
 * }</pre>
 *
 * It composes with {@code @SpringBootTest}, {@code @SpringJUnitConfig}/{@code @ContextConfiguration},
 * {@code @TestPropertySource} and other test annotations, and can sit on a base class or a custom
 * meta-annotation. It registers a context customizer rather than meta-annotating
 * {@code @ContextConfiguration(initializers = ..)}, because a meta-annotated {@code @ContextConfiguration}
 * is ignored as soon as the test class declares its own. Test classes with the same configuration
 * share one cached context, and so one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(RealInfrastructureContextCustomizerFactory.class)
public @interface RealInfrastructure {
}
