package vn.hoptac.plumbing.importing.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import vn.hoptac.plumbing.importing.domain.ImportStatus;
import vn.hoptac.plumbing.importing.file.ImportFormat;

/**
 * An import as stored, so any instance can answer its progress. {@code runner} is the process running
 * it, which renews {@code heartbeatAt} while it lives; an import whose heartbeat stops was interrupted.
 * Imports publish no event of their own: each row's command does. The collection is the feature's
 * ({@link ImportCollections#jobs()}).
 */
public record ImportJob(@Id String id, String fileName, ImportFormat format, ImportStatus status, String actor,
        int totalRows, int processedRows, int created, int alreadyImported, int rejected, Instant queuedAt,
        Instant startedAt, Instant finishedAt, String failureReason, List<String> ignoredColumns, String runner,
        Instant heartbeatAt) {

    public static ImportJob queued(String id, String fileName, ImportFormat format, String actor, int totalRows,
            List<String> ignoredColumns, String runner, Instant at) {
        return new ImportJob(id, fileName, format, ImportStatus.QUEUED, actor, totalRows, 0, 0, 0, 0, at, null, null, null,
                List.copyOf(ignoredColumns), runner, at);
    }
}
