package vn.hoptac.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hoptac.launcher.Ports;
import vn.hoptac.launcher.ServiceProcess;

class ProcessInfrastructureTest {

    @TempDir
    Path dir;

    @Test
    void runsAServiceJarAgainstItsOwnStoreProcessAndTheSharedKafka() throws Exception {
        try (ProcessInfrastructure infrastructure = ProcessInfrastructure.start()) {
            assertThat(Ports.isListening(infrastructure.store().port())).isTrue();
            assertThat(infrastructure.store().pid()).isNotEqualTo(ProcessHandle.current().pid());
            int port = Ports.freePort();
            URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
            String expectedWiring = TestInfrastructure.shared().kafkaBootstrapServers() + " "
                    + infrastructure.mongoUri("fake-service");

            ServiceProcess service = infrastructure.startService("fake-service", fakeServiceJar(),
                    Map.of("SERVER_PORT", String.valueOf(port)));
            service.awaitReady(readiness, Duration.ofSeconds(30));
            assertThat(get(readiness)).isEqualTo(expectedWiring);

            service.kill();
            assertThat(service.isAlive()).isFalse();
            service.start().awaitReady(readiness, Duration.ofSeconds(30));
            assertThat(get(readiness)).isEqualTo(expectedWiring);
        }
    }

    /** A jar whose manifest runs {@link FakeServiceApp} from the test classes. */
    private Path fakeServiceJar() throws Exception {
        Path testClasses = Path.of(FakeServiceApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeServiceApp.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses.toUri().toString());
        Path jar = dir.resolve("fake-service.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole jar
        }
        return jar;
    }

    private static String get(URI uri) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
