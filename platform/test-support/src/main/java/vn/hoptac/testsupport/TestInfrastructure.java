package vn.hoptac.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

import vn.hoptac.launcher.ExitSequence;
import vn.hoptac.launcher.KafkaTopics;
import vn.hoptac.launcher.LocalKafka;
import vn.hoptac.launcher.LocalStore;
import vn.hoptac.launcher.Ports;

/**
 * One real Kafka broker and one real MongoDB-compatible store per test JVM, started on first use and
 * stopped when the JVM exits.
 *
 * <p>The system property {@code hoptac.test.infrastructure} picks the backend:
 * <ul>
 *   <li>{@code testcontainers}: {@code apache/kafka:4.1.2} and {@code mongo:8.0} in Docker;</li>
 *   <li>{@code embedded}: {@link LocalKafka} and an in-memory {@link LocalStore} as child JVMs on free
 *       ports, for machines without Docker;</li>
 *   <li>{@code auto} (default): Testcontainers when Docker is available, embedded otherwise.</li>
 * </ul>
 * Both brokers refuse to auto-create topics, as in production: create them with {@link #createTopics}.
 */
public final class TestInfrastructure {

    public static final String BACKEND_PROPERTY = "hoptac.test.infrastructure";

    private static TestInfrastructure shared;
    private static RuntimeException startFailure;

    private final String backend;
    private final String kafkaBootstrapServers;
    private final UnaryOperator<String> mongoUris;

    TestInfrastructure(String backend, String kafkaBootstrapServers, UnaryOperator<String> mongoUris) {
        this.backend = backend;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoUris = mongoUris;
    }

    /** The JVM's infrastructure, started by the first caller; a failed start fails every later call too. */
    public static synchronized TestInfrastructure shared() {
        if (shared == null && startFailure == null) {
            try {
                shared = start(System.getProperty(BACKEND_PROPERTY, "auto"));
            } catch (RuntimeException e) {
                startFailure = e;
            }
        }
        if (startFailure != null) {
            throw new IllegalStateException("The test infrastructure could not start: " + startFailure.getMessage(),
                    startFailure);
        }
        return shared;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** A connection string for {@code database}; each database starts empty. */
    public String mongoUri(String database) {
        return mongoUris.apply(database);
    }

    /** {@code "embedded"} or {@code "testcontainers"}. */
    public String backend() {
        return backend;
    }

    /** Creates topics as production does (unlimited retention, replication 1); existing ones are kept. */
    public void createTopics(List<String> names, int partitions) {
        KafkaTopics.create(kafkaBootstrapServers, names, partitions);
    }

    private static TestInfrastructure start(String choice) {
        return switch (choice) {
            case "embedded" -> embedded();
            // A separate class, so that the embedded path never loads Testcontainers.
            case "testcontainers" -> ContainerInfrastructure.start();
            case "auto" -> ContainerInfrastructure.dockerAvailable() ? ContainerInfrastructure.start() : embedded();
            default -> throw new IllegalArgumentException(
                    BACKEND_PROPERTY + " must be auto, embedded or testcontainers, not '" + choice + "'");
        };
    }

    private static TestInfrastructure embedded() {
        Path dir = TempDirectories.create("hoptac-test-");
        // Registered first, so that it runs last: after the processes using the directory have stopped.
        ExitSequence.register("delete " + dir, () -> TempDirectories.deleteRecursively(dir));

        LocalStore store = LocalStore.inMemory(dir.resolve("store"), Ports.freePort());
        CompletableFuture<LocalStore> storeStarted = CompletableFuture.supplyAsync(store::start);
        LocalKafka kafka = new LocalKafka(dir.resolve("kafka"), Ports.freePort(), Ports.freePort())
                // Like Testcontainers' broker: one partition makes the first consumer group start faster.
                .withProperty("offsets.topic.num.partitions", "1")
                .start();
        try {
            storeStarted.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return new TestInfrastructure("embedded", kafka.bootstrapServers(), store::uri);
    }
}
