package vn.hoptac.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A child process whose output goes to a log file, stopped at the latest when this JVM exits.
 *
 * <p>Subclasses build the command line and decide when the child is ready; this class owns the
 * process: start, polite stop, hard kill, log tail, and failures that show what the child printed.
 */
public abstract class ChildProcess {

    private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);

    /** How long {@link #stop()} lets the child shut down cleanly before killing it. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(30);

    /**
     * Shorter than {@link #STOP_GRACE} when the JVM exits: a test JVM that lingers too long is killed by
     * its build tool, and then nothing stops the children at all.
     */
    private static final Duration EXIT_GRACE = Duration.ofSeconds(10);

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final int FAILURE_LOG_LINES = 40;

    private final String name;
    private final Path logFile;
    private Process process;
    private ExitSequence.Registration stopAtExit;

    protected ChildProcess(String name, Path logFile) {
        this.name = name;
        this.logFile = logFile.toAbsolutePath();
    }

    public final String name() {
        return name;
    }

    /** Where the child's standard output and error go (appended across restarts). */
    public final Path logFile() {
        return logFile;
    }

    public final synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The running child's process id. */
    public final synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " was never started");
        }
        return process.pid();
    }

    /** Asks the child to shut down (SIGTERM), waits up to {@link #STOP_GRACE}, then kills it. */
    public void stop() {
        stop(STOP_GRACE);
    }

    /** Kills the child at once (SIGKILL on Linux): no shutdown hooks, no flushing. */
    public final synchronized void kill() {
        if (process != null && process.isAlive()) {
            log.info("Killing {} (pid {})", name, process.pid());
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(10));
        }
        forgetStopAtExit();
    }

    /** The last {@code lines} lines of the log file, empty if there is none yet. */
    public final String logTail(int lines) {
        return tail(logFile, lines);
    }

    /** Starts the child; it must not be running. Output is appended to {@link #logFile()}. */
    protected final synchronized void launch(List<String> command, Map<String, String> environment) {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
        }
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + command, e);
        }
        forgetStopAtExit();
        stopAtExit = ExitSequence.register("stop " + name, () -> stop(EXIT_GRACE));
        log.debug("Started {} (pid {}): {}", name, process.pid(), command);
    }

    protected final synchronized void stop(Duration grace) {
        if (process != null && process.isAlive()) {
            long started = System.nanoTime();
            log.info("Stopping {} (pid {})", name, process.pid());
            process.destroy();
            if (!awaitExit(process, grace)) {
                log.warn("{} did not stop within {} s: killing it", name, grace.toSeconds());
                process.destroyForcibly();
                awaitExit(process, Duration.ofSeconds(10));
            } else {
                log.info("Stopped {} in {} ms", name, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
        }
        forgetStopAtExit();
    }

    /**
     * Polls {@code condition} until it holds; fails early, with the log's tail, if the child exits or
     * the deadline passes.
     */
    protected final void awaitUntil(String what, Instant deadline, BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            Process current;
            synchronized (this) {
                current = process;
            }
            if (current == null || !current.isAlive()) {
                String exit = current == null ? "never started" : "exited with code " + current.exitValue();
                throw failure(name + " " + exit + " while waiting for " + what);
            }
            if (Instant.now().isAfter(deadline)) {
                throw failure("Timed out waiting for " + what);
            }
            pause(POLL_INTERVAL);
        }
    }

    /** An exception whose message ends with the last lines the child wrote. */
    protected final IllegalStateException failure(String message) {
        return new IllegalStateException(message + "\n--- last lines of " + logFile + " ---\n"
                + logTail(FAILURE_LOG_LINES));
    }

    /** Runs a short-lived command with output appended to this child's log file and fails unless it exits 0. */
    protected final void runToCompletion(String what, List<String> command, Duration timeout) {
        try {
            Files.createDirectories(logFile.getParent());
            Process tool = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile.toFile()))
                    .start();
            if (!awaitExit(tool, timeout)) {
                tool.destroyForcibly();
                throw failure("Timed out after " + timeout.toSeconds() + " s: " + what);
            }
            if (tool.exitValue() != 0) {
                throw failure("Failed (exit code " + tool.exitValue() + "): " + what);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + what, e);
        }
    }

    /**
     * The beginning of a command line that runs {@code mainClass} in a child JVM with this JVM's classpath
     * (the launcher's own, or a test run's under surefire/failsafe).
     *
     * @param workDir         where the classpath argument file is written
     * @param jvmOptions      e.g. {@code -Xmx512m}
     * @param guardedByParent whether the child exits by itself if this JVM dies without running its hooks
     */
    protected static List<String> javaCommand(Path workDir, List<String> jvmOptions, String mainClass,
                                              boolean guardedByParent) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        // Keep child logs readable whichever SLF4J binding the classpath brings (Logback defaults to DEBUG).
        command.add("-Dlogback.configurationFile=vn/hoptac/launcher/child-logback.xml");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
        command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
        command.add("-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS");
        command.add("@" + classpathArgumentFile(workDir));
        if (guardedByParent) {
            command.add(OrphanGuard.class.getName());
            command.add(String.valueOf(ProcessHandle.current().pid()));
        }
        command.add(mainClass);
        return command;
    }

    protected static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A test classpath can exceed the OS limit for one argument, so it goes into a java @-file. */
    private static Path classpathArgumentFile(Path workDir) {
        String classpath = System.getProperty("java.class.path");
        String quoted = "\"" + classpath.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        Path file = workDir.toAbsolutePath().resolve("classpath.args");
        try {
            Files.createDirectories(workDir);
            Files.writeString(file, "-cp " + quoted + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
        return file;
    }

    static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        // Read only the end: a broker's log grows large.
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int size = (int) Math.min(length, Math.max(16_384L, lines * 512L));
            byte[] bytes = new byte[size];
            in.seek(length - size);
            in.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(could not read " + file + ": " + e + ")";
        }
    }

    private void forgetStopAtExit() {
        if (stopAtExit != null) {
            stopAtExit.cancel();
            stopAtExit = null;
        }
    }

    private static boolean awaitExit(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }
}
