package vn.hoptac.plumbing.importing.application;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.errors.UnprocessableException;
import vn.hoptac.plumbing.importing.domain.ImportColumns;
import vn.hoptac.plumbing.importing.domain.ImportProgress;
import vn.hoptac.plumbing.importing.domain.RowCells;
import vn.hoptac.plumbing.importing.domain.RowResult;
import vn.hoptac.plumbing.importing.file.ImportFormat;
import vn.hoptac.plumbing.importing.file.SpreadsheetFile;
import vn.hoptac.plumbing.importing.persistence.ImportJob;
import vn.hoptac.plumbing.importing.persistence.ImportStore;

/**
 * Runs one importer's imports one at a time on one thread per instance; later uploads wait in a bounded
 * queue. Each row goes to the {@link RowImporter}, which runs its command through the feature's service.
 * Progress is saved every {@value #SAVE_EVERY_ROWS} rows (and every second), with a heartbeat: an import
 * whose runner stopped without finishing it is declared interrupted once its heartbeat is older than
 * {@code hoptac.imports.interrupted-after}, by whichever instance notices first (a service runs as
 * several instances, so "RUNNING at startup" alone does not mean interrupted).
 *
 * <p>It keeps its own timers rather than {@code @Scheduled}, so it works in a service without
 * {@code @EnableScheduling}, and also when built by hand for a second importer.
 */
public class ImportRunner implements SmartLifecycle, DisposableBean {

    public static final String INTERRUPTED =
            "interrupted by a restart: upload the same file again — rows already imported are not created twice";
    static final int SAVE_EVERY_ROWS = 200;
    private static final long SAVE_EVERY_NANOS = Duration.ofSeconds(1).toNanos();
    private static final int WAITING_IMPORTS = 10;
    /** Stops after the web server (no upload arrives while it stops) and before the outbox relay (phase 0). */
    private static final int PHASE = 1;
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportStore store;
    private final RowImporter importer;
    private final Clock clock;
    private final ImportProperties properties;
    private final String runner = runnerName();
    private volatile Worker worker;
    private ScheduledExecutorService timers;
    private volatile boolean running;

    public ImportRunner(ImportStore store, RowImporter importer, Clock clock, ImportProperties properties) {
        this.store = store;
        this.importer = importer;
        this.clock = clock;
        this.properties = properties;
        this.worker = new Worker(importer.spec().name() + "-import");
    }

    /**
     * The import thread and its queue, new at each start: a context may be stopped and started again (Spring's
     * test context cache pauses the contexts it is not using), and a stopped worker's imports stay interrupted.
     */
    private static final class Worker {
        final ThreadPoolExecutor executor;
        volatile boolean stopping;

        Worker(String thread) {
            executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(WAITING_IMPORTS),
                    task -> new Thread(task, thread));
        }
    }

    /** Stores the import as queued and hands it to the import thread; 503 when too many are waiting already. */
    public ImportJob enqueue(String fileName, ImportFormat format, String actor, ImportColumns.Header header,
            List<SpreadsheetFile.Row> rows, LocalDate dateSerialEpoch) {
        ImportJob job = ImportJob.queued(UUID.randomUUID().toString(), fileName, format, actor, rows.size(), header.ignored(),
                runner, clock.instant());
        store.insert(job);
        Worker current = worker;
        try {
            current.executor.execute(() -> run(current, job, rows, header, dateSerialEpoch));
        } catch (RejectedExecutionException e) {
            String reason = current.stopping ? "the service is stopping: upload the file again in a moment."
                    : WAITING_IMPORTS + " imports are already waiting: upload the file again once they are done.";
            store.fail(job.id(), "refused: " + reason, clock.instant());
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, reason);
        }
        return job;
    }

    private void run(Worker worker, ImportJob job, List<SpreadsheetFile.Row> rows, ImportColumns.Header header,
            LocalDate dateSerialEpoch) {
        if (worker.stopping) {
            store.fail(job.id(), INTERRUPTED, clock.instant());
            return;
        }
        if (!store.start(job.id(), runner, clock.instant())) {
            return;
        }
        ImportProgress progress = ImportProgress.NONE;
        List<RowResult> unsaved = new ArrayList<>();
        long savedAt = System.nanoTime();
        try {
            for (SpreadsheetFile.Row row : rows) {
                if (worker.stopping) {
                    store.saveProgress(job.id(), runner, unsaved, progress, clock.instant());
                    store.fail(job.id(), INTERRUPTED, clock.instant());
                    return;
                }
                RowResult result = importRow(row, new RowCells(row, header, dateSerialEpoch), job.actor());
                progress = progress.plus(result.outcome());
                unsaved.add(result);
                if (unsaved.size() >= SAVE_EVERY_ROWS || System.nanoTime() - savedAt > SAVE_EVERY_NANOS) {
                    if (!store.saveProgress(job.id(), runner, unsaved, progress, clock.instant())) {
                        return; // declared interrupted meanwhile: its rows are safe to import again
                    }
                    unsaved = new ArrayList<>();
                    savedAt = System.nanoTime();
                }
            }
            if (store.saveProgress(job.id(), runner, unsaved, progress, clock.instant())) {
                store.finish(job.id(), runner, clock.instant());
            }
        } catch (RuntimeException e) {
            log.error("Import {} stopped after {} rows", job.id(), progress.processedRows(), e);
            store.fail(job.id(), "stopped after " + progress.processedRows() + " rows by an error in the service (logged"
                    + " with the import's id): upload the same file again — rows already imported are not created twice",
                    clock.instant());
        }
    }

    /** The service's refusals of a row's command are the row's reasons, as the API would answer them. */
    private RowResult importRow(SpreadsheetFile.Row row, RowCells cells, String actor) {
        try {
            return Objects.requireNonNull(importer.importRow(row, cells, actor), "a row importer returned no result");
        } catch (InvalidFieldException e) {
            return RowResult.rejected(row.number(),
                    e.errors().stream().map(error -> error.field() + ": " + error.message()).toList());
        } catch (ConflictException | UnprocessableException e) {
            return RowResult.rejected(row.number(), List.of(e.getMessage()));
        }
    }

    /** Tells other instances this runner's imports are alive. */
    void keepAlive() {
        store.keepAlive(runner, clock.instant());
    }

    /** Declares interrupted the imports whose runner went silent: at startup, then every half minute. */
    public void failInterrupted() {
        long failed = store.failSilent(clock.instant().minus(properties.interruptedAfter()), INTERRUPTED, clock.instant());
        if (failed > 0) {
            log.warn("{} {} import(s) were interrupted by a restart and are marked FAILED", failed, importer.spec().name());
        }
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (worker.stopping) {
            worker = new Worker(importer.spec().name() + "-import");
        }
        running = true;
        String name = importer.spec().name() + "-import-heartbeat";
        timers = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        timers.scheduleWithFixedDelay(() -> quietly("renew the imports' heartbeat", this::keepAlive),
                0, properties.heartbeatEvery().toMillis(), TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(() -> quietly("check for interrupted imports", this::failInterrupted), 0,
                properties.checkInterruptedEvery().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** On shutdown the running import stops after its current row, and it and the waiting ones are marked interrupted. */
    @Override
    public synchronized void stop() {
        running = false;
        if (timers != null) {
            timers.shutdownNow();
            timers = null;
        }
        Worker current = worker;
        if (current.stopping) {
            return;
        }
        current.stopping = true;
        current.executor.shutdown();
        try {
            if (!current.executor.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("The running import did not stop within 30 s; it will be declared interrupted by its heartbeat");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Also when the context closes without having started. */
    @Override
    public void destroy() {
        stop();
    }

    /** A timer's task that fails (the store away) is logged and tried again next time, not cancelled. */
    private static void quietly(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Could not {}: {}", what, e.toString());
        }
    }

    private static String runnerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID();
    }
}
