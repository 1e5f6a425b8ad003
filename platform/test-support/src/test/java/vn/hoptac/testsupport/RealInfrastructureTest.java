package vn.hoptac.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** {@link RealInfrastructure} with the ways services write Spring tests. */
class RealInfrastructureTest {

    @SpringBootConfiguration
    static class EmptyApplication {
    }

    @Test
    void everyContextGetsAFreshDatabase() {
        try (GenericApplicationContext first = new GenericApplicationContext();
             GenericApplicationContext second = new GenericApplicationContext()) {
            new RealInfrastructureInitializer().initialize(first);
            new RealInfrastructureInitializer().initialize(second);

            assertThat(first.getEnvironment().getProperty("spring.mongodb.uri"))
                    .isNotEqualTo(second.getEnvironment().getProperty("spring.mongodb.uri"));
        }
    }

    @Nested
    @SpringBootTest(classes = EmptyApplication.class)
    @RealInfrastructure
    class WithSpringBootTest {

        @Autowired
        Environment environment;

        @Test
        void pointsKafkaAndTheStoreAtTheSharedInfrastructure() {
            String kafka = TestInfrastructure.shared().kafkaBootstrapServers();

            assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(kafka);
            assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.brokers")).isEqualTo(kafka);
            assertThat(environment.getProperty("spring.mongodb.uri"))
                    .startsWith(TestInfrastructure.shared().mongoUri("test-"))
                    .matches(".*/test-[0-9a-f]{8}(\\?.*)?");
        }
    }

    @Nested
    @SpringBootTest(classes = EmptyApplication.class, properties = "spring.mongodb.uri=mongodb://elsewhere/mine")
    @RealInfrastructure
    class WithTheTestsOwnProperties {

        @Autowired
        Environment environment;

        @Test
        void letsTheTestsPropertiesWin() {
            assertThat(environment.getProperty("spring.mongodb.uri")).isEqualTo("mongodb://elsewhere/mine");
            assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
                    .isEqualTo(TestInfrastructure.shared().kafkaBootstrapServers());
        }
    }

    @Nested
    @SpringJUnitConfig(EmptyApplication.class)
    @RealInfrastructure
    class WithItsOwnContextConfiguration {

        @Autowired
        Environment environment;

        @Test
        void stillGetsTheInfrastructureAndItsOwnDatabase() {
            assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
                    .isEqualTo(TestInfrastructure.shared().kafkaBootstrapServers());
            assertThat(environment.getProperty("spring.mongodb.uri")).contains("/test-");
        }
    }
}
