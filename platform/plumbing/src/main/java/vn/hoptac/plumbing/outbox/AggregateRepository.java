package vn.hoptac.plumbing.outbox;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.NotFoundException;
import vn.hoptac.plumbing.errors.PreconditionFailedException;
import vn.hoptac.plumbing.events.EventTypeMap;
import vn.hoptac.plumbing.web.IdempotentRequest;

/**
 * The one command path of every aggregate: load it, check the version the caller read, let the
 * aggregate decide (its methods check their rule and return the events they cause), and store the
 * new state with those events in one conditional write ({@link AggregateStore}). A command that
 * changed nothing and caused no event writes nothing. A feature's store extends it with how its
 * document holds the aggregate, and with its own queries.
 *
 * @param <A> the aggregate, a plain domain object
 * @param <E> its sealed event interface
 * @param <D> the document that holds it and its pending events
 */
public abstract class AggregateRepository<A, E, D extends OutboxDocument & AggregateDocument<A>> {

    /** How often a command without a version (from an event or a job) is retried against concurrent writers. */
    private static final int ATTEMPTS = 100;

    protected final MongoTemplate mongo;
    private final AggregateStore store;
    private final Class<D> documentType;
    private final EventTypeMap<E> types;
    private final String name;

    /** @param name what the aggregate is called in messages, e.g. {@code organisation} */
    protected AggregateRepository(MongoTemplate mongo, AggregateStore store, Class<D> documentType, EventTypeMap<E> types,
            String name) {
        this.mongo = mongo;
        this.store = store;
        this.documentType = documentType;
        this.types = types;
        this.name = name;
        // Spring Data creates no index from annotations by default: the ones every aggregate needs, made here.
        var indexes = mongo.indexOps(documentType);
        indexes.createIndex(new Index().on(OutboxDocument.IDEMPOTENCY_KEY, Sort.Direction.ASC).unique().sparse()
                .named("idempotency_key_unique"));
        indexes.createIndex(new Index().on(OutboxDocument.PENDING_EVENTS + ".eventId", Sort.Direction.ASC).sparse()
                .named("outbox_pending"));
    }

    /** What creating an aggregate came to: it, and whether an earlier identical request had created it. */
    public record Created<A>(Versioned<A> aggregate, boolean replayed) {
    }

    /**
     * Creates an aggregate once per idempotency key: a retry of the same request (also one that
     * arrives while the first is being stored) answers what the first created; the same key with
     * another request is 422. Without a key, it simply inserts. Any other unique value the document
     * breaks surfaces as Spring's {@code DuplicateKeyException}.
     */
    public Created<A> create(D document, A aggregate, List<? extends E> events, IdempotentRequest request) {
        Optional<Created<A>> earlier = created(request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (request.keyed()) {
            document.createdBy(request.key(), request.fingerprint());
        }
        try {
            return new Created<>(insert(document, aggregate, events), false);
        } catch (DuplicateKeyException e) {
            return created(request).orElseThrow(() -> e);
        }
    }

    private Optional<Created<A>> created(IdempotentRequest request) {
        if (!request.keyed()) {
            return Optional.empty();
        }
        Optional<D> earlier = Optional.ofNullable(mongo.findOne(Query.query(Criteria.where(OutboxDocument.IDEMPOTENCY_KEY)
                .is(request.key())), documentType));
        return request.replayOf(earlier, OutboxDocument::getRequestFingerprint).map(d -> new Created<>(versioned(d), true));
    }



    public Optional<Versioned<A>> find(String id) {
        return document(id).map(this::versioned);
    }

    public Versioned<A> get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("No " + name + " with id " + id));
    }

    /** Stores a new aggregate (its document prepared by the caller) with the events that created it. */
    public Versioned<A> insert(D document, A aggregate, List<? extends E> events) {
        document.copy(aggregate);
        return versioned(store.insert(document, types.outgoing(events)));
    }

    /**
     * The command of a client who read {@code expectedVersion}: refused with 412 when the aggregate
     * changed since. No events, no write.
     */
    public Versioned<A> change(String id, long expectedVersion, Function<A, List<? extends E>> command) {
        D document = document(id).orElseThrow(() -> new NotFoundException("No " + name + " with id " + id));
        if (document.getVersion() != expectedVersion) {
            throw stale(document.getVersion());
        }
        A aggregate = document.toAggregate();
        List<? extends E> events = command.apply(aggregate);
        if (changed(document, aggregate, events)
                && !store.update(document, expectedVersion, types.outgoing(events))) {
            throw stale(document(id).map(OutboxDocument::getVersion).orElse(expectedVersion + 1));
        }
        return versioned(document);
    }

    /**
     * A command on whatever the aggregate is now (driven by an event, a job or a saga step): re-read
     * and retried when another writer came first.
     */
    public Versioned<A> changeLatest(String id, Function<A, List<? extends E>> command) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            D document = document(id).orElseThrow(() -> new NotFoundException("No " + name + " with id " + id));
            A aggregate = document.toAggregate();
            List<? extends E> events = command.apply(aggregate);
            long read = document.getVersion();
            if (!changed(document, aggregate, events) || store.update(document, read, types.outgoing(events))) {
                return versioned(document);
            }
        }
        throw new ConflictException("The " + name + " " + id + " is too busy right now; retry the request.");
    }

    /** Copies the aggregate into its document and says whether that, or an event, is something to store. */
    private boolean changed(D document, A aggregate, List<? extends E> events) {
        org.bson.Document before = new org.bson.Document();
        mongo.getConverter().write(document, before);
        document.copy(aggregate);
        org.bson.Document after = new org.bson.Document();
        mongo.getConverter().write(document, after);
        return !events.isEmpty() || !before.equals(after);
    }

    protected final Optional<D> document(String id) {
        return Optional.ofNullable(mongo.findById(id, documentType));
    }

    protected final Versioned<A> versioned(D document) {
        return new Versioned<>(document.toAggregate(), document.getVersion());
    }

    private PreconditionFailedException stale(long current) {
        return new PreconditionFailedException("The " + name + " changed since you read it (it is now at version " + current
                + "): read it again and retry with ETag \"" + current + "\".");
    }
}
