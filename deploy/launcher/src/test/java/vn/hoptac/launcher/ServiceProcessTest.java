package vn.hoptac.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    @TempDir
    Path dir;

    private Path jar;

    @BeforeEach
    void buildJar() throws Exception {
        // A jar whose manifest runs FakeService from the test classes: exercises the real "java -jar" path.
        Path testClasses = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses.toUri().toString());
        jar = dir.resolve("fake-service-0.1.0-SNAPSHOT.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole jar
        }
    }

    @Test
    void startsWithEnvironmentAndSystemPropertiesAndSurvivesKillAndRestart() throws Exception {
        int port = Ports.freePort();
        URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        ServiceProcess service = new ServiceProcess("fake-service", jar,
                Map.of("SERVER_PORT", String.valueOf(port), "GREETING", "xin chao"),
                Map.of("fake.flavour", "pho"), dir.resolve("logs/fake-service.log"));
        try {
            service.start().awaitReady(readiness, Duration.ofSeconds(30));
            assertThat(get(readiness)).isEqualTo("xin chao pho");

            service.kill();
            assertThat(service.isAlive()).isFalse();
            assertThat(Ports.isListening(port)).isFalse();

            service.start().awaitReady(readiness, Duration.ofSeconds(30));
            assertThat(get(readiness)).isEqualTo("xin chao pho");

            service.stop();
            assertThat(service.isAlive()).isFalse();
            // A SIGTERM runs the child's shutdown hooks; a kill does not.
            assertThat(service.logTail(10)).contains("fake service stopping");
            assertThat(Files.readString(service.logFile()))
                    .containsOnlyOnce("fake service stopping")
                    .contains("fake service started on " + port);
        } finally {
            service.kill();
        }
    }

    @Test
    void awaitReadyFailsFastWithTheLogWhenTheServiceDies() {
        ServiceProcess service = new ServiceProcess("failing-service", jar,
                Map.of("SERVER_PORT", String.valueOf(Ports.freePort()), "FAKE_FAIL", "1"), Map.of(),
                dir.resolve("failing.log"));
        long started = System.nanoTime();

        assertThatThrownBy(() -> service.start()
                .awaitReady(URI.create("http://127.0.0.1:1/actuator/health/readiness"), Duration.ofSeconds(60)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failing-service exited with code 3")
                .hasMessageContaining("fake service refuses to start");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void refusesAMissingJar() {
        ServiceProcess service = new ServiceProcess("ghost", dir.resolve("nothing.jar"), Map.of(), Map.of(),
                dir.resolve("ghost.log"));

        assertThatThrownBy(service::start).hasMessageContaining("No jar for ghost");
    }

    private static String get(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
