package vn.hoptac.registry.organisation;

import vn.hoptac.testsupport.TestIssuer;
import vn.hoptac.registry.support.Officers;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoptac.launcher.LocalStore;
import vn.hoptac.launcher.Ports;
import vn.hoptac.launcher.ServiceProcess;
import vn.hoptac.testsupport.Http;
import vn.hoptac.registry.support.Organisations;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.KafkaTestConsumer;
import vn.hoptac.testsupport.TestInfrastructure;

/**
 * The outbox's promise under the worst crash: the registry process is killed with SIGKILL in the
 * middle of a stream of changes (the store lives on in its own process), then started again. Every
 * stored change's events must reach Kafka, first occurrences in increasing sequence per organisation,
 * redeliveries with their original id, and no event for a change that was not stored.
 */
class OutboxCrashIT {

    static final String PROVINCE = "19";
    static final String AUTHORIZATION = Officers.AUTHORIZATION;

    /** A registry officer's token; the subject becomes the actor in events. */
    static String officer(String subject) {
        return Officers.registryOfficer(subject, PROVINCE);
    }

    static final int WRITERS = 3;
    static final int ACKNOWLEDGED_BEFORE_KILL = 240;

    @TempDir
    Path work;

    @Test
    void everyStoredChangeReachesKafkaInOrderAfterAKillDashNine() throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        LocalStore store = LocalStore.inMemory(work.resolve("store"), Ports.freePort()).start();
        int port = Ports.freePort();
        Path jar = Path.of(System.getProperty("registry.jar", "target/registry-service-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the registry's boot jar (built by the package phase)").exists();
        Map<String, String> environment = Map.of("SERVER_PORT", Integer.toString(port),
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                "MONGODB_URI", store.uri("registry"),
                "HOPTAC_OUTBOX_LEASE_TTL", "3s",
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", TestIssuer.shared().issuer());
        ServiceProcess registry = new ServiceProcess("registry", jar, environment, Map.of(), work.resolve("registry.log"));
        URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        try (MongoClient mongo = MongoClients.create(store.uri("registry"))) {
            MongoCollection<Document> organisations = mongo.getDatabase("registry").getCollection("organisations");
            registry.start().awaitReady(readiness, Duration.ofSeconds(90));

            Http http = new Http("http://127.0.0.1:" + port).as(Officers.viewer(PROVINCE));
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger acknowledged = new AtomicInteger();
            Set<String> acknowledgedIds = ConcurrentHashMap.newKeySet();
            List<Thread> writers = new ArrayList<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            long run = System.nanoTime();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                Thread thread = new Thread(() -> {
                    try {
                        write(http, run, writer, stop, acknowledged, acknowledgedIds);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                });
                writers.add(thread);
                thread.start();
            }
            while (acknowledged.get() < ACKNOWLEDGED_BEFORE_KILL) {
                assertThat(registry.isAlive()).as("registry alive while loading").isTrue();
                assertThat(failure.get()).as("a writer failed before the kill").isNull();
                Thread.sleep(20); // polling the writers' progress
            }
            registry.kill();
            stop.set(true);
            for (Thread thread : writers) {
                thread.join();
            }
            long pendingAtKill = pendingEvents(organisations);
            System.out.printf("Killed the registry after %d acknowledged changes; %d events were still in the outbox%n",
                    acknowledged.get(), pendingAtKill);

            registry.start().awaitReady(readiness, Duration.ofSeconds(90));
            Eventually.await("the outbox drained after the restart", Duration.ofSeconds(90),
                    () -> pendingEvents(organisations) == 0);

            Map<String, Long> stored = new HashMap<>();
            for (Document document : organisations.find()) {
                stored.put(document.getString("_id"), document.getLong("lastEventSequence"));
            }
            assertThat(stored.keySet()).as("every acknowledged creation is stored").containsAll(acknowledgedIds);
            long expectedEvents = stored.values().stream().mapToLong(Long::longValue).sum();

            List<ConsumerRecord<String, byte[]>> records = new KafkaTestConsumer().readUntil("registry.events",
                    all -> firstOccurrences(all, stored).size() >= expectedEvents, Duration.ofSeconds(90));

            Map<String, Long> lastSeen = new HashMap<>();
            Map<String, String> idOfEvent = new HashMap<>();
            int redelivered = 0;
            for (ConsumerRecord<String, byte[]> record : records) {
                String subject = KafkaTestConsumer.header(record, "ce_subject");
                if (!stored.containsKey(subject)) {
                    continue; // another test's organisation on the shared topic
                }
                long sequence = Long.parseLong(KafkaTestConsumer.header(record, "ce_sequence"));
                String eventId = KafkaTestConsumer.header(record, "ce_id");
                assertThat(record.key()).isEqualTo(subject);
                assertThat(sequence).as("no event for a change that was not stored").isBetween(1L, stored.get(subject));
                String key = subject + "/" + sequence;
                if (idOfEvent.containsKey(key)) {
                    assertThat(eventId).as("a redelivery keeps its ce_id").isEqualTo(idOfEvent.get(key));
                    redelivered++;
                    continue;
                }
                assertThat(sequence).as("first occurrences of %s in increasing sequence", subject)
                        .isEqualTo(lastSeen.getOrDefault(subject, 0L) + 1);
                lastSeen.put(subject, sequence);
                idOfEvent.put(key, eventId);
            }
            assertThat(lastSeen).as("every stored event reached Kafka").isEqualTo(stored);
            System.out.printf("%d organisations, %d events, %d redelivered%n", stored.size(), expectedEvents, redelivered);
        } finally {
            registry.stop();
            store.stop();
        }
    }

    /** One officer's stream of changes: register, then change the profile, suspend and resume. */
    private static void write(Http http, long run, int writer, AtomicBoolean stop, AtomicInteger acknowledged,
            Set<String> acknowledgedIds) {
        for (int n = 0; !stop.get(); n++) {
            try {
                String code = Organisations.code(run, writer * 10_000 + n);
                Http.Response created = http.post("/api/v1/organisations", Organisations.teaCooperative(code), AUTHORIZATION, officer("w" + writer));
                if (created.status() != 201) {
                    throw new IllegalStateException("create answered " + created.status() + ": " + created.raw().body());
                }
                acknowledgedIds.add(created.text("id"));
                acknowledged.incrementAndGet();
                String location = created.header("Location");
                String[] steps = {
                    "PUT|/profile|" + Organisations.teaCooperative(code).replace("\"membersCount\": 45", "\"membersCount\": 46"),
                    "POST|/suspension|{\"reason\": \"Thiếu vốn\", \"effectiveOn\": \"2020-01-01\"}",
                    "POST|/resumption|{\"effectiveOn\": \"2020-02-01\"}"};
                for (int version = 1; version <= steps.length && !stop.get(); version++) {
                    String[] step = steps[version - 1].split("\\|", 3);
                    Http.Response changed = step[0].equals("PUT")
                            ? http.put(location + step[1], step[2], AUTHORIZATION, officer("w" + writer), "If-Match", "\"" + version + "\"")
                            : http.post(location + step[1], step[2], AUTHORIZATION, officer("w" + writer), "If-Match", "\"" + version + "\"");
                    if (changed.status() != 200) {
                        throw new IllegalStateException(step[1] + " answered " + changed.status() + ": " + changed.raw().body());
                    }
                    acknowledged.incrementAndGet();
                }
            } catch (java.io.UncheckedIOException | IllegalStateException killed) {
                if (!stop.get() && !(killed instanceof java.io.UncheckedIOException)) {
                    throw killed;
                }
                return; // the service was killed under us: this change may or may not be stored
            }
        }
    }

    private static long pendingEvents(MongoCollection<Document> organisations) {
        long pending = 0;
        for (Document document : organisations.find(Filters.exists("pendingEvents.0"))) {
            pending += document.getList("pendingEvents", Document.class).size();
        }
        return pending;
    }

    private static Set<String> firstOccurrences(List<ConsumerRecord<String, byte[]>> records, Map<String, Long> stored) {
        Set<String> seen = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String subject = KafkaTestConsumer.header(record, "ce_subject");
            if (stored.containsKey(subject)) {
                seen.add(subject + "/" + KafkaTestConsumer.header(record, "ce_sequence"));
            }
        }
        return seen;
    }
}
