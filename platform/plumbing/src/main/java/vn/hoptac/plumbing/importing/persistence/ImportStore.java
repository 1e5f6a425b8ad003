package vn.hoptac.plumbing.importing.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.hoptac.plumbing.importing.domain.ImportProgress;
import vn.hoptac.plumbing.importing.domain.ImportStatus;
import vn.hoptac.plumbing.importing.domain.RowOutcome;
import vn.hoptac.plumbing.importing.domain.RowResult;

/**
 * A feature's imports and their rows' outcomes, in its {@link ImportCollections}. Every change of a running
 * import is conditional on it still running under the same runner, so an import that was declared
 * interrupted stays so.
 */
public class ImportStore {

    private static final List<ImportStatus> UNFINISHED = List.of(ImportStatus.QUEUED, ImportStatus.RUNNING);

    private final MongoTemplate mongo;
    private final ImportCollections collections;

    public ImportStore(MongoTemplate mongo, ImportCollections collections) {
        this.mongo = mongo;
        this.collections = collections;
        mongo.indexOps(collections.rows()).createIndex(new Index().on("importId", Sort.Direction.ASC)
                .on("outcome", Sort.Direction.ASC).on("row", Sort.Direction.ASC).named("import_outcome_row"));
        mongo.indexOps(collections.jobs()).createIndex(new Index().on("status", Sort.Direction.ASC).named("status"));
    }

    public ImportCollections collections() {
        return collections;
    }

    public void insert(ImportJob job) {
        mongo.insert(job, collections.jobs());
    }

    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ImportJob.class, collections.jobs()));
    }

    /** Takes a queued import; false when it is no longer queued (it was declared interrupted meanwhile). */
    public boolean start(String id, String runner, Instant at) {
        Query queued = Query.query(Criteria.where("_id").is(id).and("status").is(ImportStatus.QUEUED).and("runner").is(runner));
        Update running = new Update().set("status", ImportStatus.RUNNING).set("startedAt", at).set("heartbeatAt", at);
        return update(queued, running).getMatchedCount() == 1;
    }

    /** Stores the rows' outcomes since the last save, then the progress; false when the import is no longer this runner's. */
    public boolean saveProgress(String id, String runner, List<RowResult> rows, ImportProgress progress, Instant at) {
        if (!rows.isEmpty()) {
            mongo.insert(rows.stream().map(row -> ImportedRow.of(id, row, collections.recordField())).toList(), collections.rows());
        }
        return update(running(id, runner), new Update().set("processedRows", progress.processedRows())
                .set("created", progress.created()).set("alreadyImported", progress.alreadyImported())
                .set("rejected", progress.rejected()).set("heartbeatAt", at)).getMatchedCount() == 1;
    }

    public boolean finish(String id, String runner, Instant at) {
        return update(running(id, runner), new Update().set("status", ImportStatus.DONE).set("finishedAt", at)
                .set("heartbeatAt", at)).getMatchedCount() == 1;
    }

    /** Stops an unfinished import with its reason. */
    public void fail(String id, String reason, Instant at) {
        update(Query.query(Criteria.where("_id").is(id).and("status").in(UNFINISHED)), failed(reason, at));
    }

    /** Tells other instances this runner's imports are alive. */
    public void keepAlive(String runner, Instant at) {
        mongo.updateMulti(Query.query(Criteria.where("runner").is(runner).and("status").in(UNFINISHED)),
                new Update().set("heartbeatAt", at), ImportJob.class, collections.jobs());
    }

    /** Fails the unfinished imports whose runner has not been heard of since {@code silentSince}; returns how many. */
    public long failSilent(Instant silentSince, String reason, Instant at) {
        Query silent = Query.query(Criteria.where("status").in(UNFINISHED).and("heartbeatAt").lt(Date.from(silentSince)));
        return mongo.updateMulti(silent, failed(reason, at), ImportJob.class, collections.jobs()).getModifiedCount();
    }

    /** One page of an import's rows in row order, and how many there are in all. */
    public record Rows(List<RowResult> items, long total) {
    }

    public Rows rows(String importId, RowOutcome outcome, int page, int size) {
        Criteria criteria = Criteria.where("importId").is(importId);
        if (outcome != null) {
            criteria = criteria.and("outcome").is(outcome.name());
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, collections.rows());
        query.with(Sort.by("row")).skip((long) page * size).limit(size);
        return new Rows(mongo.find(query, Document.class, collections.rows()).stream()
                .map(row -> ImportedRow.toResult(row, collections.recordField())).toList(), total);
    }

    private UpdateResult update(Query query, Update update) {
        return mongo.updateFirst(query, update, ImportJob.class, collections.jobs());
    }

    private static Query running(String id, String runner) {
        return Query.query(Criteria.where("_id").is(id).and("status").is(ImportStatus.RUNNING).and("runner").is(runner));
    }

    private static Update failed(String reason, Instant at) {
        return new Update().set("status", ImportStatus.FAILED).set("failureReason", reason).set("finishedAt", at);
    }
}
