package vn.hoptac.testsupport;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points a Spring context at {@link TestInfrastructure#shared()}: Kafka for spring-kafka and the Spring
 * Cloud Stream binder, a fresh database ({@code test-<random>}) in the store for every context, and
 * {@link TestIssuer#shared()} as the identity provider whose tokens the services verify.
 *
 * <p>Usually applied through {@link RealInfrastructure}; it also works directly, e.g.
 * {@code @ContextConfiguration(initializers = RealInfrastructureInitializer.class)} or
 * {@code SpringApplication.addInitializers(..)}. Properties a test sets itself
 * ({@code @SpringBootTest(properties = ..)}, {@code @TestPropertySource}, {@code @DynamicPropertySource})
 * take precedence over these.
 */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY_SOURCE_NAME = "hoptacRealInfrastructure";

    /** Property sources of a test's own properties, which must keep winning. */
    private static final Set<String> TEST_PROPERTY_SOURCES = Set.of(
            TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, "Dynamic Test Properties");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        String database = "test-" + UUID.randomUUID().toString().substring(0, 8);
        PropertySource<?> properties = new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of(
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "spring.cloud.stream.kafka.binder.brokers", infrastructure.kafkaBootstrapServers(),
                "spring.mongodb.uri", infrastructure.mongoUri(database),
                // Tokens come from the tests' own issuer, through the same standard property as production's.
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIssuer.shared().issuer()));
        addBelowTestProperties(context.getEnvironment().getPropertySources(), properties);
    }

    private static void addBelowTestProperties(MutablePropertySources sources, PropertySource<?> properties) {
        String lastTestSource = null;
        for (PropertySource<?> source : sources) {
            if (TEST_PROPERTY_SOURCES.contains(source.getName())) {
                lastTestSource = source.getName();
            }
        }
        if (lastTestSource == null) {
            sources.addFirst(properties);
        } else {
            sources.addAfter(lastTestSource, properties);
        }
    }
}
