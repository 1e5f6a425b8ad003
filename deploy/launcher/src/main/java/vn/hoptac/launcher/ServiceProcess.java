package vn.hoptac.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Spring Boot service jar in a child process: {@code java -Xmx512m [-Dk=v...] -jar <jar>}, configured
 * through environment variables as in production (SERVER_PORT, KAFKA_BOOTSTRAP_SERVERS, MONGODB_URI).
 *
 * <p>After {@link #stop()} or {@link #kill()}, {@link #start()} starts it again with the same settings,
 * appending to the same log file.
 */
public final class ServiceProcess extends ChildProcess {

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);

    private final Path jar;
    private final Map<String, String> environment;
    private final Map<String, String> systemProperties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /**
     * @param environment      added to this JVM's environment (which the child inherits)
     * @param systemProperties passed as {@code -Dkey=value}
     */
    public ServiceProcess(String name, Path jar, Map<String, String> environment,
                          Map<String, String> systemProperties, Path logFile) {
        super(name, logFile);
        this.jar = jar.toAbsolutePath();
        this.environment = Map.copyOf(environment);
        this.systemProperties = new LinkedHashMap<>(systemProperties);
    }

    public ServiceProcess start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar for " + name() + " at " + jar);
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-Xmx512m");
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        launch(command, environment);
        log.info("Started {} (pid {}), log in {}", name(), pid(), logFile());
        return this;
    }

    /** Polls {@code GET readinessUrl} until it answers 200; fails with the log's tail if the service dies or times out. */
    public void awaitReady(URI readinessUrl, Duration timeout) {
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(readinessUrl).timeout(Duration.ofSeconds(2)).GET().build();
        awaitUntil(name() + " to be ready at " + readinessUrl, Instant.now().plus(timeout), () -> answers200(request));
        log.info("{} ready in {} ms", name(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    public Path jar() {
        return jar;
    }

    private boolean answers200(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name(), e);
        }
    }
}
