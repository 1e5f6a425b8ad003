package vn.hoptac.registry.importing.application;

import jakarta.annotation.PreDestroy;
import jakarta.validation.Validator;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.errors.NotFoundException;
import vn.hoptac.plumbing.errors.UnprocessableException;
import vn.hoptac.plumbing.web.IdempotentRequest;
import vn.hoptac.registry.importing.domain.ImportProgress;
import vn.hoptac.registry.importing.domain.RowOutcome;
import vn.hoptac.registry.importing.domain.RowResult;
import vn.hoptac.registry.importing.file.ImportFormat;
import vn.hoptac.registry.importing.file.RegisterFile;
import vn.hoptac.registry.importing.persistence.ImportJob;
import vn.hoptac.registry.importing.persistence.ImportStore;
import vn.hoptac.registry.organisation.application.OrganisationService;

/**
 * Runs imports one at a time on one thread per instance; later uploads wait in a bounded queue. Each
 * row registers through {@link OrganisationService#register} with the row's identity as idempotency
 * key and fingerprint, so the registry's own rules and events apply and a row imported before is
 * replayed, not created again. Progress is saved every {@value #SAVE_EVERY_ROWS} rows (and every
 * second), with a heartbeat: an import whose runner stopped without finishing it is declared
 * interrupted once its heartbeat is older than {@code hoptac.imports.interrupted-after}, by whichever
 * instance notices first (the registry runs as several instances, so "RUNNING at startup" alone does
 * not mean interrupted).
 */
@Component
public class ImportRunner {

    public static final String INTERRUPTED =
            "interrupted by a restart: upload the same file again — rows already imported are not created twice";
    static final int SAVE_EVERY_ROWS = 200;
    private static final long SAVE_EVERY_NANOS = Duration.ofSeconds(1).toNanos();
    private static final int WAITING_IMPORTS = 10;
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportStore store;
    private final OrganisationService organisations;
    private final Validator validator;
    private final Clock clock;
    private final Duration interruptedAfter;
    private final String runner = runnerName();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(WAITING_IMPORTS), task -> new Thread(task, "register-import"));
    private volatile boolean stopping;

    public ImportRunner(ImportStore store, OrganisationService organisations, Validator validator, Clock clock,
            @Value("${hoptac.imports.interrupted-after:60s}") Duration interruptedAfter) {
        this.store = store;
        this.organisations = organisations;
        this.validator = validator;
        this.clock = clock;
        this.interruptedAfter = interruptedAfter;
    }

    /** Stores the import as queued and hands it to the import thread; 503 when too many are waiting already. */
    public ImportJob enqueue(String fileName, ImportFormat format, String actor, ImportColumns columns,
            List<RegisterFile.Row> rows, LocalDate dateSerialEpoch) {
        ImportJob job = ImportJob.queued(UUID.randomUUID().toString(), fileName, format, actor, rows.size(), columns.ignored(),
                runner, clock.instant());
        store.insert(job);
        try {
            executor.execute(() -> run(job, rows, columns, dateSerialEpoch));
        } catch (RejectedExecutionException e) {
            String reason = WAITING_IMPORTS + " imports are already waiting: upload the file again once they are done.";
            store.fail(job.id(), "refused: " + reason, clock.instant());
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, reason);
        }
        return job;
    }

    private void run(ImportJob job, List<RegisterFile.Row> rows, ImportColumns columns, LocalDate dateSerialEpoch) {
        if (stopping) {
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
            for (RegisterFile.Row row : rows) {
                if (stopping) {
                    store.saveProgress(job.id(), runner, unsaved, progress, clock.instant());
                    store.fail(job.id(), INTERRUPTED, clock.instant());
                    return;
                }
                RowResult result = importRow(row, columns, dateSerialEpoch, job.actor());
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

    private RowResult importRow(RegisterFile.Row row, ImportColumns columns, LocalDate dateSerialEpoch, String actor) {
        ImportRow read = ImportRow.read(row, columns, dateSerialEpoch, validator);
        if (!read.isValid()) {
            return RowResult.rejected(read.number(), read.reasons());
        }
        try {
            var registered = organisations.register(read.profile(), new IdempotentRequest(read.identity(), read.identity()), actor);
            return new RowResult(read.number(), registered.replayed() ? RowOutcome.ALREADY_IMPORTED : RowOutcome.CREATED,
                    registered.organisation().aggregate().id(), List.of());
        } catch (InvalidFieldException e) {
            return RowResult.rejected(read.number(),
                    e.errors().stream().map(error -> error.field() + ": " + error.message()).toList());
        } catch (ConflictException e) {
            return RowResult.rejected(read.number(), List.of(conflict(read.request().registrationCode(), e)));
        } catch (UnprocessableException e) {
            return RowResult.rejected(read.number(), List.of(e.getMessage()));
        }
    }

    private String conflict(String registrationCode, ConflictException e) {
        if (registrationCode != null) {
            try {
                return "registrationCode: already registered to " + organisations.getByRegistrationCode(registrationCode).aggregate().id();
            } catch (NotFoundException holderGone) {
                // the message below says what the registry said
            }
        }
        return e.getMessage();
    }

    @Scheduled(fixedDelayString = "${hoptac.imports.heartbeat-every:10s}")
    void keepAlive() {
        store.keepAlive(runner, clock.instant());
    }

    /** Declares interrupted the imports whose runner went silent: at startup, then every half minute. */
    @Scheduled(initialDelay = 0, fixedDelayString = "${hoptac.imports.check-interrupted-every:30s}")
    public void failInterrupted() {
        long failed = store.failSilent(clock.instant().minus(interruptedAfter), INTERRUPTED, clock.instant());
        if (failed > 0) {
            log.warn("{} import(s) were interrupted by a restart and are marked FAILED", failed);
        }
    }

    /** On shutdown the running import stops after its current row, and it and the waiting ones are marked interrupted. */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("The running import did not stop within 30 s; it will be declared interrupted by its heartbeat");
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
