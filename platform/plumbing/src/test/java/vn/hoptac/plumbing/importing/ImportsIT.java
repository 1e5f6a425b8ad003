package vn.hoptac.plumbing.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.server.ResponseStatusException;
import vn.hoptac.plumbing.errors.BadRequestException;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.errors.NotFoundException;
import vn.hoptac.plumbing.importing.application.ImportProperties;
import vn.hoptac.plumbing.importing.application.ImportRunner;
import vn.hoptac.plumbing.importing.application.ImportSpec;
import vn.hoptac.plumbing.importing.application.RowImporter;
import vn.hoptac.plumbing.importing.domain.ImportColumns;
import vn.hoptac.plumbing.importing.domain.ImportStatus;
import vn.hoptac.plumbing.importing.domain.RowCells;
import vn.hoptac.plumbing.importing.domain.RowIdentity;
import vn.hoptac.plumbing.importing.domain.RowOutcome;
import vn.hoptac.plumbing.importing.domain.RowResult;
import vn.hoptac.plumbing.importing.file.ImportFormat;
import vn.hoptac.plumbing.importing.file.SpreadsheetFile;
import vn.hoptac.plumbing.importing.persistence.ImportCollections;
import vn.hoptac.plumbing.importing.persistence.ImportJob;
import vn.hoptac.plumbing.importing.persistence.ImportStore;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.TestInfrastructure;

/**
 * The import mechanism on the real store, with a feature's importer of training classes: rows become
 * commands once however often the file is uploaded, refusals are the rows' reasons, the report pages,
 * interrupted imports are failed, and what the registry stored before the move still reads.
 */
class ImportsIT {

    static final Instant NOW = Instant.parse("2026-11-21T18:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final ImportColumns COLUMNS = ImportColumns.of(List.of("title", "heldOn", "attendees"), List.of("title", "heldOn"));

    /** A feature's importer: a class per row, known by its row identity; a title of "boom" breaks the service. */
    static final class ClassImporter implements RowImporter {
        final Map<String, String> classes = new ConcurrentHashMap<>();
        final ImportSpec spec;

        ClassImporter(ImportSpec spec) {
            this.spec = spec;
        }

        @Override
        public ImportSpec spec() {
            return spec;
        }

        @Override
        public RowResult importRow(SpreadsheetFile.Row row, RowCells cells, String actor) {
            String title = cells.text("title");
            LocalDate heldOn = cells.date("heldOn");
            Integer attendees = cells.integer("attendees");
            if (title == null) {
                cells.reject("title", "must not be blank");
            }
            if (!cells.reasons().isEmpty()) {
                return RowResult.rejected(row.number(), cells.reasons());
            }
            switch (title) {
                case "boom" -> throw new IllegalStateException("the service broke");
                case "taken" -> throw new ConflictException("title: a class of that title is held that day");
                case "crowded" -> throw new InvalidFieldException("attendees", "must be at most 100");
                default -> {
                }
            }
            String identity = RowIdentity.of(COLUMNS.known(), title, heldOn, attendees);
            String existing = classes.putIfAbsent(identity, "class-" + classes.size() + "-" + actor);
            return existing == null ? RowResult.created(row.number(), classes.get(identity))
                    : RowResult.alreadyImported(row.number(), existing);
        }
    }

    final MongoClient client = MongoClients.create(TestInfrastructure.shared().mongoUri("imports"));
    final MongoTemplate mongo = new MongoTemplate(client, "imports-" + UUID.randomUUID().toString().substring(0, 8));
    final ImportCollections collections = new ImportCollections("class_imports", "class_import_rows", "classId");
    final ClassImporter importer = new ClassImporter(new ImportSpec("classes", "the classes", COLUMNS, collections));
    final ImportStore store = new ImportStore(mongo, collections);
    final ImportRunner runner = new ImportRunner(store, importer, CLOCK, ImportProperties.DEFAULTS);
    final Imports imports = new Imports(importer, store, runner);

    @AfterEach
    void close() {
        runner.stop();
        client.close();
    }

    @Test
    void eachRowBecomesACommandOnceHoweverOftenTheFileIsUploaded() {
        byte[] file = ("Title;heldOn;attendees;note\n"
                + "Tập huấn quản trị HTX;15/03/2026;35;\n"
                + "Tham quan mô hình;2026-04-02;;x\n"
                + ";2026-04-02;12;\n"
                + "crowded;2026-04-02;120;\n"
                + "taken;2026-04-02;12;\n"
                + "Hội thảo;someday;many;\n").getBytes(StandardCharsets.UTF_8);

        ImportView first = finished(imports.accept("C:\\Users\\an\\lop-tap-huan.csv", file, "nguyen.van.an"));

        assertThat(first.fileName()).isEqualTo("lop-tap-huan.csv");
        assertThat(first.format()).isEqualTo(ImportFormat.CSV);
        assertThat(first.actor()).isEqualTo("nguyen.van.an");
        assertThat(first.ignoredColumns()).containsExactly("note");
        assertThat(List.of(first.totalRows(), first.processedRows(), first.created(), first.alreadyImported(), first.rejected()))
                .containsExactly(6, 6, 2, 0, 4);
        assertThat(first.rejectedRows()).extracting(ImportView.RejectedRow::row, ImportView.RejectedRow::reasons).containsExactly(
                tuple(4, List.of("title: must not be blank")),
                tuple(5, List.of("attendees: must be at most 100")),
                tuple(6, List.of("title: a class of that title is held that day")),
                tuple(7, List.of("heldOn: is not a date (\"someday\"): write 2018-03-15 or 15/03/2018",
                        "attendees: is not a whole number (\"many\")")));
        RowPage<RowResult> created = imports.rows(first.id(), RowOutcome.CREATED, 0, 10);
        assertThat(created.items()).extracting(RowResult::row).containsExactly(2, 3);
        assertThat(created.items()).allMatch(row -> row.recordId().startsWith("class-"));

        ImportView again = finished(imports.accept("lop-tap-huan.csv", file, "tran.thi.binh"));
        assertThat(List.of(again.created(), again.alreadyImported(), again.rejected())).containsExactly(0, 2, 4);
        assertThat(imports.rows(again.id(), RowOutcome.ALREADY_IMPORTED, 0, 10).items()).extracting(RowResult::recordId)
                .isEqualTo(created.items().stream().map(RowResult::recordId).toList());
        assertThat(importer.classes).hasSize(2);

        Document stored = mongo.getCollection("class_import_rows").find(new Document("_id", first.id() + ":2")).first();
        assertThat(stored).as("the row names its record in the feature's own field").containsKey("classId")
                .containsEntry("outcome", "CREATED").doesNotContainKey("reasons");
        assertThat(mongo.getCollection("class_imports").countDocuments()).isEqualTo(2);
        assertThat(mongo.collectionExists("imports")).isFalse();
    }

    @Test
    void theReportPagesThroughEveryRowInRowOrder() {
        StringBuilder csv = new StringBuilder("title,heldOn,attendees\n");
        for (int i = 1; i <= 25; i++) {
            csv.append("Lớp ").append(i).append(",2026-05-").append(String.format("%02d", i)).append(',').append(i).append('\n');
        }
        ImportView done = finished(imports.accept("lop.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "nguyen.van.an"));

        RowPage<RowResult> page = imports.rows(done.id(), null, 2, 10);
        assertThat(page.totalItems()).isEqualTo(25);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.items()).extracting(RowResult::row).containsExactly(22, 23, 24, 25, 26);
        assertThat(page.map(RowResult::row).items()).containsExactly(22, 23, 24, 25, 26);
        assertThatThrownBy(() -> imports.rows(done.id(), null, -1, 10)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> imports.rows(done.id(), null, 0, Imports.MAX_PAGE_SIZE + 1)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> imports.rows("no-such-import", null, 0, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> imports.get("no-such-import")).isInstanceOf(NotFoundException.class);
    }

    /**
     * Rows a multiple of the save batch, on a fixed clock: the last save then changes nothing in the job,
     * and the import must still finish (it once stayed RUNNING because "nothing modified" read as "not ours").
     */
    @Test
    void anImportWhoseLastSaveChangesNothingStillFinishes() {
        StringBuilder csv = new StringBuilder("title,heldOn,attendees\n");
        for (int i = 1; i <= 400; i++) {
            csv.append("Lớp ").append(i).append(",2026-05-01,").append(i).append('\n');
        }
        ImportView done = finished(imports.accept("lop-400.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "nguyen.van.an"));
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.processedRows()).isEqualTo(400);
    }

    @Test
    void aFileRefusedAsAWholeImportsNothing() {
        assertThatThrownBy(() -> imports.accept("lop.csv", new byte[0], "nguyen.van.an")).isInstanceOf(BadRequestException.class)
                .hasMessage("The file is empty.");
        assertThatThrownBy(() -> imports.accept("lop.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "nguyen.van.an"))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("Unknown format: send the classes as a .csv (UTF-8) or .xlsx file.");
        assertThatThrownBy(() -> imports.accept("lop.csv", "title,attendees\nLớp 1,3\n".getBytes(StandardCharsets.UTF_8),
                "nguyen.van.an")).isInstanceOf(InvalidFieldException.class).hasMessageContaining("heldOn");
        assertThat(mongo.getCollection("class_imports").countDocuments()).isZero();
    }

    @Test
    void anErrorInTheServiceStopsTheImportWithAReasonAndKeepsWhatWasDone() {
        byte[] file = "title,heldOn\nLớp trước,2026-01-05\nboom,2026-01-06\nLớp sau,2026-01-07\n".getBytes(StandardCharsets.UTF_8);

        ImportView failed = finished(imports.accept("lop.csv", file, "nguyen.van.an"));

        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.failureReason()).startsWith("stopped after 1 rows by an error in the service");
        assertThat(importer.classes).hasSize(1);
    }

    @Test
    void anImportWhoseRunnerWentSilentIsFailedAndOneStillHeardOfIsNot() {
        String silent = UUID.randomUUID().toString();
        String alive = UUID.randomUUID().toString();
        store.insert(new ImportJob(silent, "lop.csv", ImportFormat.CSV, ImportStatus.RUNNING, "nguyen.van.an", 50, 20, 20, 0, 0,
                NOW, NOW, null, null, List.of(), "a-process-that-stopped", NOW.minus(Duration.ofMinutes(5))));
        store.insert(ImportJob.queued(alive, "lop.csv", ImportFormat.CSV, "tran.thi.binh", 30, List.of(), "another-instance", NOW));

        runner.failInterrupted();

        ImportView failed = imports.get(silent);
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo(ImportRunner.INTERRUPTED);
        assertThat(failed.processedRows()).isEqualTo(20);
        assertThat(imports.get(alive).status()).isEqualTo(ImportStatus.QUEUED);
    }

    @Test
    void aRunnerStoppedAndStartedAgainImportsAgainAndRefusesUploadsWhileStopped() {
        byte[] file = "title,heldOn\nLớp sau khi dừng,2026-02-03\n".getBytes(StandardCharsets.UTF_8);
        runner.start();
        assertThat(runner.isRunning()).isTrue();
        runner.stop();
        assertThat(runner.isRunning()).isFalse();

        assertThatThrownBy(() -> imports.accept("lop.csv", file, "nguyen.van.an")).isInstanceOfSatisfying(
                ResponseStatusException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(503));

        runner.start();
        assertThat(finished(imports.accept("lop.csv", file, "nguyen.van.an")).status()).isEqualTo(ImportStatus.DONE);
        assertThat(mongo.getCollection("class_imports").countDocuments(new Document("status", "FAILED")))
                .as("the upload refused while stopped").isEqualTo(1);
    }

    @Test
    void whatTheRegistryStoredBeforeTheMoveReadsTheSame() {
        ImportStore registry = new ImportStore(mongo, ImportCollections.standard("organisationId"));
        Date at = Date.from(NOW);
        mongo.getCollection("imports").insertOne(new Document("_id", "old-import").append("fileName", "register-sample.csv")
                .append("format", "XLSX").append("status", "DONE").append("actor", "nguyen.van.an").append("totalRows", 2)
                .append("processedRows", 2).append("created", 1).append("alreadyImported", 0).append("rejected", 1)
                .append("queuedAt", at).append("startedAt", at).append("finishedAt", at).append("ignoredColumns", List.of("ghiChu"))
                .append("runner", "host/1/x").append("heartbeatAt", at)
                .append("_class", "vn.hoptac.registry.importing.persistence.ImportJob"));
        mongo.getCollection("import_rows").insertMany(List.of(
                new Document("_id", "old-import:2").append("importId", "old-import").append("row", 2).append("outcome", "CREATED")
                        .append("organisationId", "org-1").append("_class", "vn.hoptac.registry.importing.persistence.ImportedRow"),
                new Document("_id", "old-import:3").append("importId", "old-import").append("row", 3).append("outcome", "REJECTED")
                        .append("reasons", List.of("name: must not be blank"))
                        .append("_class", "vn.hoptac.registry.importing.persistence.ImportedRow")));

        ImportJob job = registry.find("old-import").orElseThrow();

        assertThat(job.format()).isEqualTo(ImportFormat.XLSX);
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.finishedAt()).isEqualTo(NOW);
        assertThat(job.ignoredColumns()).containsExactly("ghiChu");
        assertThat(registry.rows("old-import", null, 0, 10).items()).containsExactly(
                new RowResult(2, RowOutcome.CREATED, "org-1", List.of()),
                RowResult.rejected(3, List.of("name: must not be blank")));
        assertThat(registry.rows("old-import", RowOutcome.REJECTED, 0, 10).total()).isEqualTo(1);
    }

    ImportView finished(ImportJob accepted) {
        Eventually.await("import " + accepted.id() + " to finish", Duration.ofSeconds(30),
                () -> Set.of(ImportStatus.DONE, ImportStatus.FAILED).contains(imports.get(accepted.id()).status()));
        return imports.get(accepted.id());
    }
}
