package vn.hoptac.plumbing.importing;

import java.time.Instant;
import java.util.List;
import vn.hoptac.plumbing.importing.domain.ImportStatus;
import vn.hoptac.plumbing.importing.domain.RowResult;
import vn.hoptac.plumbing.importing.file.ImportFormat;
import vn.hoptac.plumbing.importing.persistence.ImportJob;

/**
 * An import's report: its progress while it runs, and its counts when done. {@code rejectedRows} lists the
 * first {@value Imports#REJECTED_SHOWN} rejected rows with every reason; {@code …/rows} pages through all
 * of them.
 */
public record ImportView(String id, String fileName, ImportFormat format, ImportStatus status, String actor,
        int totalRows, int processedRows, int created, int alreadyImported, int rejected, Instant queuedAt,
        Instant startedAt, Instant finishedAt, String failureReason, List<RejectedRow> rejectedRows,
        List<String> ignoredColumns) {

    /** A rejected row: its number as a spreadsheet shows it (the header is row 1) and why. */
    public record RejectedRow(int row, List<String> reasons) {
    }

    public static ImportView of(ImportJob job, List<RowResult> rejectedRows) {
        return new ImportView(job.id(), job.fileName(), job.format(), job.status(), job.actor(), job.totalRows(),
                job.processedRows(), job.created(), job.alreadyImported(), job.rejected(), job.queuedAt(), job.startedAt(),
                job.finishedAt(), job.failureReason(),
                rejectedRows.stream().map(r -> new RejectedRow(r.row(), r.reasons())).toList(), job.ignoredColumns());
    }
}
