package vn.hoptac.plumbing.importing;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import vn.hoptac.plumbing.errors.BadRequestException;
import vn.hoptac.plumbing.errors.NotFoundException;
import vn.hoptac.plumbing.importing.application.ImportRunner;
import vn.hoptac.plumbing.importing.application.ImportSpec;
import vn.hoptac.plumbing.importing.application.RowImporter;
import vn.hoptac.plumbing.importing.domain.ImportColumns;
import vn.hoptac.plumbing.importing.domain.RowOutcome;
import vn.hoptac.plumbing.importing.domain.RowResult;
import vn.hoptac.plumbing.importing.file.ImportFormat;
import vn.hoptac.plumbing.importing.file.SpreadsheetFile;
import vn.hoptac.plumbing.importing.file.UnreadableFileException;
import vn.hoptac.plumbing.importing.persistence.ImportJob;
import vn.hoptac.plumbing.importing.persistence.ImportStore;
import vn.hoptac.plumbing.security.Actor;

/**
 * One importer's bulk import from a spreadsheet, for a service's controller to answer with. An upload is
 * read and its header checked at once (an unreadable file is 400, missing columns 422, and nothing is
 * imported); its rows are then imported in the background, and the import's report is read from the
 * store while it runs. The controller keeps its path and its {@code @Allowed} roles.
 */
public class Imports {

    public static final int REJECTED_SHOWN = 100;
    public static final int MAX_PAGE_SIZE = 1000;
    private static final int MAX_FILE_NAME = 255;

    private final ImportSpec spec;
    private final ImportStore store;
    private final ImportRunner runner;

    public Imports(RowImporter importer, ImportStore store, ImportRunner runner) {
        this.spec = importer.spec();
        this.store = store;
        this.runner = runner;
    }

    /** The importer's name. */
    public String name() {
        return spec.name();
    }

    /** {@code POST path} with the file in the multipart field {@code file}: 202 and the import's location below {@code path}. */
    public ResponseEntity<ImportView> accept(String path, MultipartFile file, Actor actor) throws IOException {
        String who = actor.id();
        if (file == null) {
            throw new BadRequestException("file", "Send " + spec.what() + " in the multipart field 'file', as .csv or .xlsx.");
        }
        ImportJob job = accept(file.getOriginalFilename(), file.getBytes(), who);
        return ResponseEntity.accepted().location(URI.create(path + "/" + job.id())).body(ImportView.of(job, List.of()));
    }

    public ImportJob accept(String fileName, byte[] content, String actor) {
        if (content.length == 0) {
            throw new BadRequestException("file", "The file is empty.");
        }
        ImportFormat format;
        SpreadsheetFile file;
        try {
            format = ImportFormat.of(fileName, content, spec.what());
            file = format.read(content);
        } catch (UnreadableFileException e) {
            throw new BadRequestException("file", e.getMessage());
        }
        if (file.rows().isEmpty()) {
            throw new BadRequestException("file", "The file has no rows: its first row must name the columns.");
        }
        ImportColumns.Header header = spec.columns().header(file.rows().get(0));
        return runner.enqueue(displayName(fileName), format, actor, header, file.rows().subList(1, file.rows().size()),
                file.dateSerialEpoch());
    }

    /** The import's report, with its first {@value #REJECTED_SHOWN} rejected rows; 404 when there is no such import. */
    public ImportView get(String id) {
        return ImportView.of(job(id), store.rows(id, RowOutcome.REJECTED, 0, REJECTED_SHOWN).items());
    }

    /** A page of the import's rows; 400 for a page below 0 or a size outside 1 to {@value #MAX_PAGE_SIZE}. */
    public RowPage<RowResult> rows(String id, RowOutcome outcome, int page, int size) {
        if (page < 0) {
            throw new BadRequestException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("size", "size must be 1 to " + MAX_PAGE_SIZE);
        }
        job(id);
        ImportStore.Rows found = store.rows(id, outcome, page, size);
        return new RowPage<>(found.items(), page, size, found.total(), (found.total() + size - 1) / size);
    }

    private ImportJob job(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("No import with id " + id));
    }

    /** The file's own name, without a client's path. */
    private static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
    }
}
