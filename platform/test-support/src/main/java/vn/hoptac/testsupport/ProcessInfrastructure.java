package vn.hoptac.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.hoptac.launcher.LocalStore;
import vn.hoptac.launcher.Ports;
import vn.hoptac.launcher.ServiceProcess;

/**
 * For tests that run a service jar as a child process, e.g. to kill it with -9 and restart it: a store
 * of its own in a separate process (in memory) plus {@link TestInfrastructure#shared()}'s Kafka.
 *
 * <pre>{@code
 * try (ProcessInfrastructure infra = ProcessInfrastructure.start()) {
 *     int port = Ports.freePort();
 *     ServiceProcess registry = infra.startService("registry-service", jar, Map.of("SERVER_PORT", "" + port));
 *     registry.awaitReady(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"), Duration.ofMinutes(2));
 *     registry.kill();
 *     registry.start().awaitReady(...);   // same jar, environment and log file
 * }
 * }</pre>
 */
public final class ProcessInfrastructure implements AutoCloseable {

    private final Path dir;
    private final LocalStore store;
    private final List<ServiceProcess> services = new ArrayList<>();

    private ProcessInfrastructure(Path dir, LocalStore store) {
        this.dir = dir;
        this.store = store;
    }

    /** Starts the store (Kafka is shared and may already run); logs go to a temporary directory. */
    public static ProcessInfrastructure start() {
        TestInfrastructure.shared();
        Path dir = TempDirectories.create("hoptac-processes-");
        return new ProcessInfrastructure(dir, LocalStore.inMemory(dir, Ports.freePort()).start());
    }

    public String kafkaBootstrapServers() {
        return TestInfrastructure.shared().kafkaBootstrapServers();
    }

    public String mongoUri(String database) {
        return store.uri(database);
    }

    public LocalStore store() {
        return store;
    }

    /** Where the store's and the services' logs go (deleted by {@link #close()}). */
    public Path logDir() {
        return dir;
    }

    /**
     * Starts {@code java -jar jar} with KAFKA_BOOTSTRAP_SERVERS and MONGODB_URI (database {@code name})
     * set, plus {@code environment} (which wins, and should hold SERVER_PORT). Stopped by {@link #close()}.
     */
    public ServiceProcess startService(String name, Path jar, Map<String, String> environment) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        env.put("MONGODB_URI", mongoUri(name));
        env.putAll(environment);
        ServiceProcess service = new ServiceProcess(name, jar, env, Map.of(), dir.resolve(name + ".log"));
        services.add(service);
        return service.start();
    }

    /** Stops the services, then the store, and deletes their logs. The shared Kafka keeps running. */
    @Override
    public void close() {
        services.forEach(ServiceProcess::stop);
        store.stop();
        TempDirectories.deleteRecursively(dir);
    }
}
