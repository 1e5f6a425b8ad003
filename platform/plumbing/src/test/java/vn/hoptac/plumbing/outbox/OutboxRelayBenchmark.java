package vn.hoptac.plumbing.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.hoptac.launcher.LocalStore;
import vn.hoptac.launcher.Ports;
import vn.hoptac.testsupport.TestInfrastructure;

/**
 * Outbox relay throughput against the raw Kafka producer, on a real broker and the embedded store
 * (in-memory and file backends). Not a test: run it from the README. 100,000 pending events over
 * 10,000 aggregates are loaded untimed; the relay is timed from its start until Kafka acknowledged
 * every event and the store marked every one published. The raw producer then sends the same
 * records (same sizes and headers) as the reference.
 */
public final class OutboxRelayBenchmark {

    static final int AGGREGATES = Integer.getInteger("bench.aggregates", 10_000);
    static final int EVENTS_PER_AGGREGATE = Integer.getInteger("bench.eventsPerAggregate", 10);
    static final String COLLECTION = "bench_aggregates";

    public static void main(String[] args) throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        Path work = Files.createTempDirectory("hoptac-bench");
        System.out.printf("Kafka: %s (%s); %d aggregates x %d events%n", infrastructure.kafkaBootstrapServers(),
                infrastructure.backend(), AGGREGATES, EVENTS_PER_AGGREGATE);
        List<String> lines = new ArrayList<>();
        for (String backend : List.of("in-memory", "file (H2)")) {
            LocalStore store = backend.equals("in-memory") ? LocalStore.inMemory(work.resolve("mem"), Ports.freePort())
                    : LocalStore.persistent(work.resolve("store.mv"), Ports.freePort());
            store.start();
            try (MongoClient client = MongoClients.create(store.uri("bench"))) {
                lines.add(run(backend, new MongoTemplate(client, "bench"), infrastructure));
            } finally {
                store.stop();
            }
        }
        System.out.println();
        lines.forEach(System.out::println);
        System.exit(0);
    }

    static String run(String backend, MongoTemplate mongo, TestInfrastructure infrastructure) throws Exception {
        String topic = "bench.events." + UUID.randomUUID().toString().substring(0, 8);
        infrastructure.createTopics(List.of(topic), 6);
        List<Document> aggregates = load(mongo, topic);
        Map<String, Object> producerConfig = producerConfig(infrastructure.kafkaBootstrapServers());

        OutboxRelay relay = new OutboxRelay(mongo, List.of(COLLECTION), () -> new KafkaProducer<>(producerConfig),
                "bench", "bench-relay", new OutboxProperties(Duration.ofSeconds(30), Duration.ofMillis(100), 500),
                Clock.systemUTC(), new SimpleMeterRegistry());
        long start = System.nanoTime();
        long relayed = relay.drain();
        double relaySeconds = (System.nanoTime() - start) / 1e9;
        long left = mongo.count(Query.query(Criteria.where(OutboxDocument.PENDING_EVENTS + ".0").exists(true)), COLLECTION);
        if (relayed != (long) AGGREGATES * EVENTS_PER_AGGREGATE || left != 0) {
            throw new IllegalStateException("relay published " + relayed + " and left " + left + " aggregates pending");
        }

        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (Document aggregate : aggregates) {
            for (Document event : aggregate.getList(OutboxDocument.PENDING_EVENTS, Document.class)) {
                records.add(OutboxRelay.record(event));
            }
        }
        double rawSeconds;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig)) {
            producer.partitionsFor(topic); // metadata outside the timing, as the relay's first send also pays it
            long rawStart = System.nanoTime();
            List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
            for (ProducerRecord<String, byte[]> record : records) {
                acks.add(producer.send(record));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
            rawSeconds = (System.nanoTime() - rawStart) / 1e9;
        }
        double relayRate = relayed / relaySeconds;
        double rawRate = records.size() / rawSeconds;
        return String.format("store %-10s relay %,9.0f events/s (%.2f s) | raw producer %,9.0f events/s (%.2f s) | ratio %.2f",
                backend, relayRate, relaySeconds, rawRate, rawSeconds, relayRate / rawRate);
    }

    /** Untimed: the aggregates with their pending events, as AggregateStore would have stored them. */
    static List<Document> load(MongoTemplate mongo, String topic) {
        mongo.dropCollection(COLLECTION);
        List<Document> aggregates = new ArrayList<>(AGGREGATES);
        Date now = new Date();
        for (int a = 0; a < AGGREGATES; a++) {
            String id = UUID.randomUUID().toString();
            List<Document> events = new ArrayList<>(EVENTS_PER_AGGREGATE);
            for (int s = 1; s <= EVENTS_PER_AGGREGATE; s++) {
                events.add(new Document("eventId", UUID.randomUUID().toString())
                        .append("type", "vn.hoptac.registry.organisation.profile-changed.v1")
                        .append("source", "/provinces/19/registry").append("subject", id).append("sequence", (long) s)
                        .append("time", now).append("dataSchema", "https://schemas.hoptac.vn/registry/organisation.profile-changed.v1.json")
                        .append("topic", topic).append("data", sampleData(id, s)));
            }
            aggregates.add(new Document("_id", id).append("version", (long) EVENTS_PER_AGGREGATE)
                    .append("lastEventSequence", (long) EVENTS_PER_AGGREGATE).append(OutboxDocument.PENDING_EVENTS, events));
        }
        for (int from = 0; from < aggregates.size(); from += 1000) {
            mongo.getCollection(COLLECTION).insertMany(aggregates.subList(from, Math.min(from + 1000, aggregates.size())));
        }
        return aggregates;
    }

    static String sampleData(String id, int sequence) {
        return "{\"organisationId\":\"" + id + "\",\"provinceCode\":\"19\",\"organisationType\":\"COOPERATIVE\","
                + "\"status\":\"OPERATING\",\"effectiveOn\":\"2026-11-22\",\"actor\":\"nguyen.van.an\",\"profile\":{"
                + "\"registrationCode\":\"4600123456\",\"name\":\"Hợp tác xã Chè Tân Hương\",\"type\":\"COOPERATIVE\","
                + "\"sector\":\"AGRICULTURE\",\"legalBasis\":\"LAW_2012\",\"provinceCode\":\"19\",\"commune\":\"Tân Hương\","
                + "\"addressLine\":null,\"foundedOn\":\"2018-03-15\",\"membersCount\":" + (45 + sequence)
                + ",\"workersCount\":60,\"charterCapital\":500000000},\"changedFields\":[\"membersCount\"]}";
    }

    static Map<String, Object> producerConfig(String bootstrap) {
        return OutboxRelay.producerConfig(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), "bench");
    }
}
