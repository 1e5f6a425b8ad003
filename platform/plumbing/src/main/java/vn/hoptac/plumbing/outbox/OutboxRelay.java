package vn.hoptac.plumbing.outbox;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.hoptac.contracts.CloudEventHeaders;
import vn.hoptac.plumbing.lease.StoreLease;

/**
 * Publishes the events waiting in aggregates' documents to Kafka, in sequence per aggregate, and
 * removes each from its document once Kafka has acknowledged it. One relay at a time holds the lease.
 * Sending a chunk overlaps with removing the previous chunk's acknowledged events, so the store's
 * round trips do not stall the producer.
 */
public final class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final List<String> collections;
    private final Supplier<Producer<String, byte[]>> producers;
    private final StoreLease lease;
    private final OutboxProperties properties;
    private final MeterRegistry meters;
    private final Map<String, Counter> publishedByType = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private volatile boolean wokenUp;
    private volatile boolean running;
    private Thread thread;
    private Producer<String, byte[]> producer;

    public OutboxRelay(MongoTemplate mongo, List<String> collections, Supplier<Producer<String, byte[]>> producers,
            String leaseName, String owner, OutboxProperties properties, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
        this.producers = producers;
        this.lease = new StoreLease(mongo, "outbox-relay:" + leaseName, owner, properties.leaseTtl(), clock);
        this.properties = properties;
        this.meters = meters;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() {
        Thread current;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            current = thread;
        }
        wakeUp();
        try {
            current.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lease.release();
    }

    public boolean isRunning() {
        return running;
    }

    /** Called after a write so the event leaves now rather than at the next poll. */
    public void wakeUp() {
        lock.lock();
        try {
            wokenUp = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        try {
            while (running) {
                long sent = 0;
                try {
                    if (lease.holdOrAcquire()) {
                        sent = relayOnce();
                    }
                } catch (RuntimeException e) {
                    log.warn("Outbox relay cycle failed; retrying after the poll interval: {}", e.toString());
                    closeProducer();
                }
                if (sent == 0) {
                    awaitWork(properties.pollInterval());
                }
            }
        } finally {
            closeProducer();
        }
    }

    /**
     * Takes the lease and publishes until nothing is pending, on the caller's thread (benchmarks,
     * tools); returns how many events Kafka acknowledged, or -1 when another relay holds the lease.
     */
    public long drain() {
        if (!lease.holdOrAcquire()) {
            return -1;
        }
        long total = 0;
        running = true;
        try {
            for (long sent = relayOnce(); sent > 0; sent = relayOnce()) {
                total += sent;
                lease.holdOrAcquire();
            }
        } finally {
            running = thread != null && thread.isAlive();
            closeProducer();
        }
        return total;
    }

    /** Publishes everything pending now; returns how many events Kafka acknowledged. */
    long relayOnce() {
        long acknowledged = 0;
        for (String collection : collections) {
            acknowledged += relayCollection(collection);
        }
        return acknowledged;
    }

    private long relayCollection(String collection) {
        // Sending a chunk overlaps with removing the previous chunk's acknowledged events. The driver
        // is used directly: Spring's mapping of each document and update would cost more than the work.
        long acknowledged = 0;
        SentChunk inFlight = null;
        try (MongoCursor<Document> iterator = mongo.getCollection(collection)
                .find(Filters.exists(OutboxDocument.PENDING_EVENTS + ".0"))
                .projection(Projections.include(OutboxDocument.PENDING_EVENTS))
                .batchSize(properties.chunkSize()).iterator()) {
            List<Document> chunk = new ArrayList<>(properties.chunkSize());
            while (running && lease.isHeld() && iterator.hasNext()) {
                chunk.add(iterator.next());
                if (chunk.size() == properties.chunkSize() || !iterator.hasNext()) {
                    SentChunk sent = send(chunk);
                    if (inFlight != null) {
                        acknowledged += inFlight.complete(collection);
                    }
                    inFlight = sent;
                    chunk = new ArrayList<>(properties.chunkSize());
                }
            }
        }
        if (inFlight != null) {
            acknowledged += inFlight.complete(collection);
        }
        return acknowledged;
    }

    private SentChunk send(List<Document> documents) {
        Producer<String, byte[]> producer = producer();
        List<SentAggregate> sent = new ArrayList<>(documents.size());
        for (Document document : documents) {
            List<Document> events = new ArrayList<>(document.getList(OutboxDocument.PENDING_EVENTS, Document.class));
            events.sort(Comparator.comparingLong(event -> event.getLong("sequence")));
            List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
            for (Document event : events) {
                acks.add(producer.send(record(event)));
            }
            sent.add(new SentAggregate(document.get("_id"), events, acks));
        }
        return new SentChunk(sent);
    }

    /** The relay's producer settings: every event acknowledged by all in-sync replicas, in order per key, batched. */
    public static Map<String, Object> producerConfig(Map<String, Object> connection, String clientId) {
        Map<String, Object> config = new java.util.HashMap<>(connection);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return config;
    }

    /**
     * The event as a Kafka record in CloudEvents' binary mode, written by the CloudEvents SDK's Kafka
     * binding: {@code ce_*} and {@code content-type} headers as plain UTF-8 strings, the data as the
     * value, the subject as the key. The relay's own producer sends it, so batching is unchanged.
     */
    static ProducerRecord<String, byte[]> record(Document event) {
        String subject = event.getString("subject");
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(event.getString("eventId"))
                .withSource(URI.create(event.getString("source")))
                .withType(event.getString("type"))
                .withTime(event.get("time", Date.class).toInstant().atOffset(ZoneOffset.UTC))
                .withSubject(subject)
                .withDataSchema(URI.create(event.getString("dataSchema")))
                .withExtension(CloudEventHeaders.SEQUENCE_EXTENSION, event.getLong("sequence"))
                .withDataContentType(CloudEventHeaders.APPLICATION_JSON)
                .withData(event.getString("data").getBytes(StandardCharsets.UTF_8))
                .build();
        return KafkaMessageFactory.createWriter(event.getString("topic"), subject).writeBinary(cloudEvent);
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producers.get();
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                log.debug("Closing the relay's producer failed", e);
            }
            producer = null;
        }
    }

    private void awaitWork(Duration timeout) {
        lock.lock();
        try {
            if (!wokenUp && running) {
                work.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            wokenUp = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private Counter published(String type) {
        return publishedByType.computeIfAbsent(type, t -> Counter.builder("hoptac.events.published")
                .description("Events Kafka acknowledged from this service's outbox").tag("type", t).register(meters));
    }

    private record SentAggregate(Object id, List<Document> events, List<Future<RecordMetadata>> acks) {

        /** The events acknowledged before the first failure: only those may leave the outbox. */
        List<Document> acknowledgedPrefix() {
            List<Document> prefix = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                try {
                    acks.get(i).get();
                    prefix.add(events.get(i));
                } catch (ExecutionException failed) {
                    log.warn("Kafka refused event {} of {}; it stays in the outbox: {}",
                            events.get(i).getLong("sequence"), id, failed.getCause().toString());
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return prefix;
        }
    }

    private final class SentChunk {
        private final List<SentAggregate> aggregates;

        SentChunk(List<SentAggregate> aggregates) {
            this.aggregates = aggregates;
        }

        long complete(String collection) {
            List<UpdateOneModel<Document>> removals = new ArrayList<>(aggregates.size());
            long acknowledged = 0;
            for (SentAggregate aggregate : aggregates) {
                List<Document> done = aggregate.acknowledgedPrefix();
                if (done.isEmpty()) {
                    continue;
                }
                // Events appended since the read carry higher sequences, so this removes exactly the
                // acknowledged ones; the version is not touched, so users never see a spurious conflict.
                long last = done.get(done.size() - 1).getLong("sequence");
                removals.add(new UpdateOneModel<>(Filters.eq("_id", aggregate.id()),
                        Updates.pull(OutboxDocument.PENDING_EVENTS, Filters.lte("sequence", last))));
                done.forEach(event -> published(event.getString("type")).increment());
                acknowledged += done.size();
            }
            if (!removals.isEmpty()) {
                mongo.getCollection(collection).bulkWrite(removals, new BulkWriteOptions().ordered(false));
            }
            return acknowledged;
        }
    }
}
