package vn.hoptac.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary directories for child processes' data and logs. */
public final class TempDirectories {

    private TempDirectories() {
    }

    /** A new directory, deleted when the JVM exits, after the child processes using it have stopped. */
    public static Path deletedAtExit(String prefix) {
        Path dir = create(prefix);
        vn.hoptac.launcher.ExitSequence.register("delete " + dir, () -> deleteRecursively(dir));
        return dir;
    }

    static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary directory", e);
        }
    }

    /** Best effort: a leftover temporary directory is no reason to fail a test run. */
    static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // already gone, or not ours to delete
        }
    }
}
