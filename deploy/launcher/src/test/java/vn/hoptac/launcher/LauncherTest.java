package vn.hoptac.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path target;

    @Test
    void findsTheBootJarAndIgnoresPlainAndOriginalJars() throws Exception {
        for (String name : new String[] {"registry-service-0.1.0-SNAPSHOT-plain.jar",
                "registry-service-0.1.0-SNAPSHOT.jar.original", "registry-service-0.1.0-SNAPSHOT-sources.jar",
                "registry-service-0.1.0-SNAPSHOT.jar", "other-service-0.1.0-SNAPSHOT.jar"}) {
            Files.createFile(target.resolve(name));
        }

        assertThat(Launcher.findJar(target, "registry-service"))
                .contains(target.resolve("registry-service-0.1.0-SNAPSHOT.jar"));
        assertThat(Launcher.findJar(target, "loan-service")).isEmpty();
        assertThat(Launcher.findJar(target.resolve("missing"), "registry-service")).isEmpty();
    }

    @Test
    void derivesDatabaseAndPortVariableFromTheModuleName() {
        Launcher.Service loans = new Launcher.Service("loan-service", 8082);

        assertThat(loans.shortName()).isEqualTo("loan");
        assertThat(loans.portVariable()).isEqualTo("HOPTAC_LOAN_PORT");
    }
}
