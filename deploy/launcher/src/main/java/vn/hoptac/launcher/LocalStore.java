package vn.hoptac.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MongoDB-compatible store ({@link StoreServer}) in its own child JVM, so that it can be
 * stopped, killed and restarted independently of the services that use it.
 */
public final class LocalStore extends ChildProcess {

    private static final Logger log = LoggerFactory.getLogger(LocalStore.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Path workDir;
    private final Path dataFile;
    private final int port;

    private LocalStore(Path workDir, Path dataFile, int port) {
        super("store", workDir.resolve("store.log"));
        this.workDir = workDir.toAbsolutePath();
        this.dataFile = dataFile == null ? null : dataFile.toAbsolutePath();
        this.port = port;
    }

    /** A store that forgets everything when it stops; its log goes to {@code workDir/store.log}. */
    public static LocalStore inMemory(Path workDir, int port) {
        return new LocalStore(workDir, null, port);
    }

    /** A store persisted to an H2 file, reused on the next start; its log goes next to the file. */
    public static LocalStore persistent(Path dataFile, int port) {
        return new LocalStore(dataFile.toAbsolutePath().getParent(), dataFile, port);
    }

    /** Starts the store process and waits until it accepts connections. */
    public LocalStore start() {
        long started = System.nanoTime();
        List<String> command = javaCommand(workDir, List.of("-Xmx2g") /* the in-memory backend holds every document */, StoreServer.class.getName(), true);
        command.addAll(List.of("--port", String.valueOf(port)));
        if (dataFile == null) {
            command.add("--in-memory");
        } else {
            command.addAll(List.of("--data-file", dataFile.toString()));
        }
        long logBefore = logSize();
        launch(command, Map.of());
        // Ready when the store says so (it prints after binding, its backend open), in this run's part of the log.
        String ready = "store ready on 127.0.0.1:" + port;
        awaitUntil("the store to listen on port " + port, Instant.now().plus(START_TIMEOUT),
                () -> Ports.isListening(port) && logSince(logBefore).contains(ready));
        log.info("Store ready on port {} ({}) in {} ms", port, dataFile == null ? "in memory" : dataFile,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return this;
    }

    private long logSize() {
        try {
            return java.nio.file.Files.exists(logFile()) ? java.nio.file.Files.size(logFile()) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private String logSince(long offset) {
        try (var in = java.nio.file.Files.newInputStream(logFile())) {
            in.skipNBytes(Math.min(offset, java.nio.file.Files.size(logFile())));
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    public int port() {
        return port;
    }

    /** The H2 file, or {@code null} for an in-memory store. */
    public Path dataFile() {
        return dataFile;
    }

    /** {@code mongodb://127.0.0.1:<port>/<database>} */
    public String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }
}
