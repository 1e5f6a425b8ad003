package vn.hoptac.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

class TestInfrastructureTest {

    private final TestInfrastructure infrastructure = TestInfrastructure.shared();

    @Test
    void isSharedByTheWholeJvm() {
        assertThat(TestInfrastructure.shared()).isSameAs(infrastructure);
        assertThat(infrastructure.backend()).isIn("embedded", "testcontainers");
    }

    @Test
    void brokerDeliversRecordsWithTheirHeaders() throws Exception {
        String topic = "infrastructure.test.events";
        infrastructure.createTopics(List.of(topic), 3);
        infrastructure.createTopics(List.of(topic), 3); // already there: no error

        ProducerRecord<String, byte[]> sent = new ProducerRecord<>(topic, "coop-1", "{\"n\":1}".getBytes(StandardCharsets.UTF_8));
        sent.headers().add("ce_type", "vn.hoptac.test.v1".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(sent).get();
        }

        List<ConsumerRecord<String, byte[]>> read = new KafkaTestConsumer().readAtLeast(topic, 1, Duration.ofSeconds(30));

        assertThat(read).hasSize(1);
        assertThat(read.get(0).key()).isEqualTo("coop-1");
        assertThat(new String(read.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":1}");
        assertThat(KafkaTestConsumer.header(read.get(0), "ce_type")).isEqualTo("vn.hoptac.test.v1");
        assertThat(KafkaTestConsumer.header(read.get(0), "ce_id")).isNull();
    }

    @Test
    void topicsAreNotCreatedByReading() {
        KafkaTestConsumer consumer = new KafkaTestConsumer(infrastructure.kafkaBootstrapServers());

        assertThat(consumer.readAtLeast("no.such.topic", 1, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void storeAnswersTheMongoDbProtocol() {
        try (MongoClient client = MongoClients.create(infrastructure.mongoUri("infrastructure-test"))) {
            MongoDatabase database = client.getDatabase("infrastructure-test");
            assertThat(database.runCommand(new Document("ping", 1)).get("ok")).isIn(1, 1.0);

            database.getCollection("organisations").insertOne(new Document("_id", "coop-1"));

            assertThat(database.getCollection("organisations").countDocuments()).isEqualTo(1);
        }
    }
}
