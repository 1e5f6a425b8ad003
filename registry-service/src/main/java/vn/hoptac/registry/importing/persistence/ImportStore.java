package vn.hoptac.registry.importing.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.hoptac.registry.importing.domain.ImportProgress;
import vn.hoptac.registry.importing.domain.ImportStatus;
import vn.hoptac.registry.importing.domain.RowOutcome;
import vn.hoptac.registry.importing.domain.RowResult;

/**
 * Imports and their rows' outcomes. Every change of a running import is conditional on it still
 * running under the same runner, so an import that was declared interrupted stays so.
 */
@Component
public class ImportStore {

    private static final List<ImportStatus> UNFINISHED = List.of(ImportStatus.QUEUED, ImportStatus.RUNNING);

    private final MongoTemplate mongo;

    public ImportStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(ImportedRow.class).createIndex(new Index().on("importId", Sort.Direction.ASC)
                .on("outcome", Sort.Direction.ASC).on("row", Sort.Direction.ASC).named("import_outcome_row"));
        mongo.indexOps(ImportJob.class).createIndex(new Index().on("status", Sort.Direction.ASC).named("status"));
    }

    public void insert(ImportJob job) {
        mongo.insert(job);
    }

    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ImportJob.class));
    }

    /** Takes a queued import; false when it is no longer queued (it was declared interrupted meanwhile). */
    public boolean start(String id, String runner, Instant at) {
        Query queued = Query.query(Criteria.where("_id").is(id).and("status").is(ImportStatus.QUEUED).and("runner").is(runner));
        Update running = new Update().set("status", ImportStatus.RUNNING).set("startedAt", at).set("heartbeatAt", at);
        return mongo.updateFirst(queued, running, ImportJob.class).getModifiedCount() == 1;
    }

    /** Stores the rows' outcomes since the last save, then the progress; false when the import is no longer this runner's. */
    public boolean saveProgress(String id, String runner, List<RowResult> rows, ImportProgress progress, Instant at) {
        if (!rows.isEmpty()) {
            mongo.insert(rows.stream().map(row -> ImportedRow.of(id, row)).toList(), ImportedRow.class);
        }
        return mongo.updateFirst(running(id, runner), new Update().set("processedRows", progress.processedRows())
                .set("created", progress.created()).set("alreadyImported", progress.alreadyImported())
                .set("rejected", progress.rejected()).set("heartbeatAt", at), ImportJob.class).getModifiedCount() == 1;
    }

    public boolean finish(String id, String runner, Instant at) {
        return mongo.updateFirst(running(id, runner), new Update().set("status", ImportStatus.DONE).set("finishedAt", at)
                .set("heartbeatAt", at), ImportJob.class).getModifiedCount() == 1;
    }

    /** Stops an unfinished import with its reason. */
    public void fail(String id, String reason, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").in(UNFINISHED)), failed(reason, at),
                ImportJob.class);
    }

    /** Tells other instances this runner's imports are alive. */
    public void keepAlive(String runner, Instant at) {
        mongo.updateMulti(Query.query(Criteria.where("runner").is(runner).and("status").in(UNFINISHED)),
                new Update().set("heartbeatAt", at), ImportJob.class);
    }

    /** Fails the unfinished imports whose runner has not been heard of since {@code silentSince}; returns how many. */
    public long failSilent(Instant silentSince, String reason, Instant at) {
        Query silent = Query.query(Criteria.where("status").in(UNFINISHED).and("heartbeatAt").lt(Date.from(silentSince)));
        return mongo.updateMulti(silent, failed(reason, at), ImportJob.class).getModifiedCount();
    }

    /** One page of an import's rows in row order, and how many there are in all. */
    public record RowPage(List<RowResult> items, long total) {
    }

    public RowPage rows(String importId, RowOutcome outcome, int page, int size) {
        Criteria criteria = Criteria.where("importId").is(importId);
        if (outcome != null) {
            criteria = criteria.and("outcome").is(outcome);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, ImportedRow.class);
        query.with(Sort.by("row")).skip((long) page * size).limit(size);
        return new RowPage(mongo.find(query, ImportedRow.class).stream().map(ImportedRow::toResult).toList(), total);
    }

    private static Query running(String id, String runner) {
        return Query.query(Criteria.where("_id").is(id).and("status").is(ImportStatus.RUNNING).and("runner").is(runner));
    }

    private static Update failed(String reason, Instant at) {
        return new Update().set("status", ImportStatus.FAILED).set("failureReason", reason).set("finishedAt", at);
    }
}
