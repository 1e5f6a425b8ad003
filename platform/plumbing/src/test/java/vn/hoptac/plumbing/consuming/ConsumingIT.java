package vn.hoptac.plumbing.consuming;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.hoptac.contracts.CloudEventHeaders;
import vn.hoptac.plumbing.events.EventJson;
import vn.hoptac.testsupport.CloudEventProducer;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.KafkaTestConsumer;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.TestInfrastructure;

/**
 * The consuming plumbing on a real broker and the real store: at-least-once delivery applied once,
 * unknown types skipped, unreadable data and failing handlers dead-lettered, and letters re-driven.
 */
@SpringBootTest(classes = LedgerTestApplication.class, properties = {
        "hoptac.alliance.service=ledger",
        "spring.cloud.function.definition=ledgerEvents",
        "spring.cloud.stream.bindings.ledgerEvents-in-0.destination=" + LedgerTestApplication.TOPIC,
        "spring.cloud.stream.bindings.ledgerEvents-in-0.group=" + LedgerTestApplication.GROUP,
        "spring.cloud.stream.bindings.ledgerEvents-in-0.consumer.max-attempts=1",
        "spring.cloud.stream.kafka.bindings.ledgerEvents-in-0.consumer.enable-dlq=true",
        "spring.cloud.stream.kafka.bindings.ledgerEvents-in-0.consumer.dlq-name=" + ConsumingIT.DLQ,
        "spring.cloud.stream.kafka.binder.auto-create-topics=false"})
@RealInfrastructure
class ConsumingIT {

    static final String DLQ = LedgerTestApplication.TOPIC + "." + LedgerTestApplication.GROUP + ".dlq";
    static CloudEventProducer producer;

    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;
    @Autowired
    LedgerTestApplication.Faults faults;
    @Autowired
    DeadLetterRedriver redriver;

    @BeforeAll
    static void topics() {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        infrastructure.createTopics(List.of(LedgerTestApplication.TOPIC, DLQ), 3);
        producer = new CloudEventProducer();
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    static String send(String type, String subject, long sequence, byte[] data) {
        String id = UUID.randomUUID().toString();
        send(id, type, subject, sequence, data);
        return id;
    }

    static void send(String id, String type, String subject, long sequence, byte[] data) {
        send("/provinces/19/ledger", id, type, subject, sequence, data);
    }

    static void send(String source, String id, String type, String subject, long sequence, byte[] data) {
        producer.send(LedgerTestApplication.TOPIC, CloudEventProducer.Event.of(type, source, subject, sequence, data).withId(id));
    }

    static byte[] credit(String account, long amount) {
        return EventJson.write(new LedgerTestApplication.Credited(account, amount));
    }

    long balance(String account) {
        Document document = mongo.findById(account, Document.class, "accounts");
        return document == null ? 0 : ((Number) document.get("balance")).longValue();
    }

    double consumed(String type, String outcome) {
        var counter = meters.find("hoptac.events.consumed").tags("type", type, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }


    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String account = "acc-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        send(id, LedgerTestApplication.CREDITED, account, 1, credit(account, 250_000_000));
        send(id, LedgerTestApplication.CREDITED, account, 1, credit(account, 250_000_000));
        send(LedgerTestApplication.CREDITED, account, 2, credit(account, 5));

        Eventually.await("both credits applied", () -> balance(account) == 250_000_005);
        // The duplicate came before the second event on the same partition, so it was handled by now.
        assertThat(faults.attempts.get(id).get()).isEqualTo(2);
        assertThat(balance(account)).isEqualTo(250_000_005);
        Document stored = mongo.findById(account, Document.class, "accounts");
        assertThat(stored.getList(DedupGuard.APPLIED_EVENTS, String.class)).containsExactly(account + "/1", account + "/2");
    }

    @Test
    void unknownTypesAreSkippedAndCountedNotDeadLettered() {
        String account = "acc-" + UUID.randomUUID();
        String type = "vn.hoptac.test.ledger.audited.v7";
        send(type, account, 1, "{\"anything\": true}".getBytes(StandardCharsets.UTF_8));
        send(LedgerTestApplication.CREDITED, account, 2, credit(account, 10));

        Eventually.await("the credit after the unknown event", () -> balance(account) == 10);
        assertThat(consumed(type, "skipped")).isEqualTo(1);
        assertThat(consumed(type, "dead-lettered")).isZero();
    }

    @Test
    void unreadableDataIsDeadLetteredAtOnceAndAFailingHandlerAfterItsRetriesThenBothCanBeRedriven() {
        String unreadableAccount = "acc-" + UUID.randomUUID();
        String unreadable = send(LedgerTestApplication.CREDITED, unreadableAccount, 1,
                "{\"account\": \"x\", \"amount\": \"lots\"".getBytes(StandardCharsets.UTF_8));
        String brokenAccount = "acc-" + UUID.randomUUID();
        faults.brokenAccounts.add(brokenAccount);
        String failing = send(LedgerTestApplication.CREDITED, brokenAccount, 1, credit(brokenAccount, 195_000_000));

        var letters = new KafkaTestConsumer().readUntil(DLQ, all -> ids(all).containsAll(List.of(unreadable, failing)),
                Duration.ofSeconds(60));

        assertThat(faults.attempts.get(unreadable).get()).as("unreadable data is not retried").isEqualTo(1);
        assertThat(faults.attempts.get(failing).get()).as("a failing handler is retried, bounded").isEqualTo(3);
        var failedLetter = letters.stream().filter(r -> failing.equals(KafkaTestConsumer.header(r, CloudEventHeaders.ID)))
                .findFirst().orElseThrow();
        assertThat(KafkaTestConsumer.header(failedLetter, "x-exception-message")).contains("after 3 attempts")
                .contains("is closed");
        assertThat(failedLetter.key()).isEqualTo(brokenAccount);
        assertThat(balance(brokenAccount)).isZero();

        faults.brokenAccounts.remove(brokenAccount);
        DeadLetterRedriver.Result result = redriver.redrive(DLQ);

        assertThat(result.targetTopic()).isEqualTo(LedgerTestApplication.TOPIC);
        assertThat(result.redriven()).isGreaterThanOrEqualTo(2);
        Eventually.await("the re-driven credit applied", () -> balance(brokenAccount) == 195_000_000);
        assertThat(faults.attempts.get(failing).get()).isEqualTo(4);
        // Already re-driven letters are not sent again; the still-unreadable one came back as a new letter.
        Eventually.await("the unreadable letter back in the dead letters", () -> faults.attempts.get(unreadable).get() == 2);
    }

    @Test
    void eventsFromAnUntrustedSourceOrAnotherProvinceAreQuarantinedWithTheirReasonNeverAppliedNorRedriven() {
        String spoofedAccount = "acc-" + UUID.randomUUID();
        String spoofed = UUID.randomUUID().toString();
        send("/provinces/68/ledger", spoofed, LedgerTestApplication.CREDITED, spoofedAccount, 1,
                credit(spoofedAccount, 999_000_000));
        String mismatchedAccount = "acc-" + UUID.randomUUID();
        String mismatched = UUID.randomUUID().toString();
        send(mismatched, LedgerTestApplication.CREDITED, mismatchedAccount, 1, ("{\"account\": \"" + mismatchedAccount
                + "\", \"amount\": 1, \"provinceCode\": \"68\"}").getBytes(StandardCharsets.UTF_8));

        var letters = new KafkaTestConsumer().readUntil(DLQ, all -> ids(all).containsAll(List.of(spoofed, mismatched)),
                Duration.ofSeconds(60));

        assertThat(header(letters, spoofed, "x-exception-message")).contains("; quarantined: untrusted-source: ")
                .contains("/provinces/68/ledger");
        assertThat(header(letters, mismatched, "x-exception-message")).contains("; quarantined: province-mismatch: ");
        assertThat(header(letters, spoofed, "x-exception-stacktrace")).contains(QuarantinedEventException.class.getName());
        assertThat(faults.attempts).as("no handler ever saw them").doesNotContainKeys(spoofed, mismatched);
        assertThat(meters.find("hoptac.events.quarantined").tags("reason", "untrusted-source").counter().count()).isEqualTo(1);
        assertThat(meters.find("hoptac.events.quarantined").tags("reason", "province-mismatch").counter().count()).isEqualTo(1);

        DeadLetterRedriver.Result result = redriver.redrive(DLQ);
        assertThat(result.quarantinedLeft()).isGreaterThanOrEqualTo(2);
        send(LedgerTestApplication.CREDITED, spoofedAccount, 2, credit(spoofedAccount, 5));
        Eventually.await("the genuine credit applied", () -> balance(spoofedAccount) == 5);
        assertThat(balance(mismatchedAccount)).isZero();
        assertThat(faults.attempts).doesNotContainKeys(spoofed, mismatched);
    }

    static String header(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> records, String id,
            String name) {
        return records.stream().filter(r -> id.equals(KafkaTestConsumer.header(r, CloudEventHeaders.ID))).findFirst()
                .map(r -> KafkaTestConsumer.header(r, name)).orElseThrow();
    }

    static List<String> ids(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> KafkaTestConsumer.header(r, CloudEventHeaders.ID)).toList();
    }
}
