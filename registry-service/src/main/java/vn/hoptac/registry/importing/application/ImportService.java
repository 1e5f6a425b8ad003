package vn.hoptac.registry.importing.application;

import org.springframework.stereotype.Service;
import vn.hoptac.plumbing.errors.BadRequestException;
import vn.hoptac.plumbing.errors.NotFoundException;
import vn.hoptac.registry.importing.domain.RowOutcome;
import vn.hoptac.registry.importing.file.ImportFormat;
import vn.hoptac.registry.importing.file.RegisterFile;
import vn.hoptac.registry.importing.file.UnreadableFileException;
import vn.hoptac.registry.importing.persistence.ImportJob;
import vn.hoptac.registry.importing.persistence.ImportStore;

/**
 * Bulk import of an alliance's register from a spreadsheet. An upload is read and its header checked
 * at once (an unreadable file is 400, missing columns 422, and nothing is imported); its rows are then
 * imported in the background, and the import's report is read from the store while it runs.
 */
@Service
public class ImportService {

    private static final int MAX_FILE_NAME = 255;

    private final ImportStore store;
    private final ImportRunner runner;

    public ImportService(ImportStore store, ImportRunner runner) {
        this.store = store;
        this.runner = runner;
    }

    public ImportJob accept(String fileName, byte[] content, String actor) {
        if (content.length == 0) {
            throw new BadRequestException("file", "The file is empty.");
        }
        ImportFormat format;
        RegisterFile file;
        try {
            format = ImportFormat.of(fileName, content);
            file = format.read(content);
        } catch (UnreadableFileException e) {
            throw new BadRequestException("file", e.getMessage());
        }
        if (file.rows().isEmpty()) {
            throw new BadRequestException("file", "The file has no rows: its first row must name the columns.");
        }
        ImportColumns columns = ImportColumns.of(file.rows().get(0));
        return runner.enqueue(displayName(fileName), format, actor, columns, file.rows().subList(1, file.rows().size()),
                file.dateSerialEpoch());
    }

    public ImportJob get(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("No import with id " + id));
    }

    public ImportStore.RowPage rows(String id, RowOutcome outcome, int page, int size) {
        get(id);
        return store.rows(id, outcome, page, size);
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
