package vn.hoptac.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaTest {

    private static final String TOPIC = "test.events";

    @TempDir
    Path dir;

    @Test
    void formatsOnceAndKeepsRecordsAcrossARestart() throws Exception {
        LocalKafka kafka = new LocalKafka(dir, Ports.freePort(), Ports.freePort());
        try {
            kafka.start();
            String clusterId = clusterId();
            kafka.createTopics(List.of(TOPIC), 3);
            kafka.createTopics(List.of(TOPIC), 3); // already there: no error
            produce(kafka.bootstrapServers(), "org-1", "hello");
            assertThat(readAll(kafka.bootstrapServers(), 1)).containsExactly("org-1=hello");

            kafka.stop();
            assertThat(kafka.isAlive()).isFalse();
            assertThat(Ports.isListening(kafka.port())).isFalse();

            kafka.start();
            assertThat(clusterId()).as("storage is formatted only once").isEqualTo(clusterId);
            assertThat(readAll(kafka.bootstrapServers(), 1)).containsExactly("org-1=hello");
            assertTopic(kafka.bootstrapServers());
        } finally {
            kafka.kill();
        }
    }

    @Test
    void aBrokerThatCannotStartFailsWithItsLog() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            LocalKafka kafka = new LocalKafka(dir, Ports.freePort(), taken.getLocalPort());
            try {
                assertThatThrownBy(kafka::start)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("kafka exited with code")
                        .hasMessageContaining("--- last lines of " + kafka.logFile());
            } finally {
                kafka.kill();
            }
        }
    }

    private String clusterId() throws IOException {
        Properties meta = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("logs/meta.properties"))) {
            meta.load(in);
        }
        return meta.getProperty("cluster.id");
    }

    private static void produce(String bootstrapServers, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    private static List<String> readAll(String bootstrapServers, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (seen.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record.key() + "=" + record.value());
                }
            }
        }
        return seen;
    }

    private static void assertTopic(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            TopicDescription topic = admin.describeTopics(Set.of(TOPIC)).allTopicNames().get().get(TOPIC);
            assertThat(topic.partitions()).hasSize(3);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            Config config = admin.describeConfigs(Set.of(resource)).all().get().get(resource);
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
            assertThat(config.get("min.insync.replicas").value()).isEqualTo("1");
        }
    }
}
