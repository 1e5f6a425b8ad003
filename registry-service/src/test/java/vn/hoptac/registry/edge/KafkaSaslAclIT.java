package vn.hoptac.registry.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoptac.contracts.EventTypes;
import vn.hoptac.launcher.LocalKafka;
import vn.hoptac.launcher.Ports;
import vn.hoptac.registry.RegistryApplication;
import vn.hoptac.registry.support.Officers;
import vn.hoptac.registry.support.Organisations;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.TempDirectories;

/**
 * Who may write a topic is Kafka's business: on a broker that authenticates every client with
 * SASL/SCRAM and authorizes by ACL, the registry, configured only through Boot's standard
 * {@code spring.kafka.*} properties, publishes through its relay and consumes through the binder as
 * its own principal, while another service's principal is denied a write on {@code registry.events}.
 */
@SpringBootTest(classes = RegistryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class KafkaSaslAclIT {

    static final String TOPIC = "registry.events";
    static final String DLQ = "registry.events.registry-founder-groups.dlq";
    static final String GROUP = "registry-founder-groups";
    static LocalKafka kafka;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void saslBroker(DynamicPropertyRegistry registry) {
        kafka = new LocalKafka(TempDirectories.deletedAtExit("hoptac-sasl-").resolve("kafka"), Ports.freePort(),
                Ports.freePort()).withProperty("offsets.topic.num.partitions", "1")
                .withScram("admin", "admin-secret", Map.of("registry", "registry-secret", "loans", "loans-secret"))
                .start();
        kafka.createTopics(List.of(TOPIC, DLQ, "loans.events"), 3);
        allow("registry", ResourceType.TOPIC, TOPIC, AclOperation.WRITE, AclOperation.READ, AclOperation.DESCRIBE);
        allow("registry", ResourceType.TOPIC, DLQ, AclOperation.WRITE, AclOperation.DESCRIBE);
        allow("registry", ResourceType.GROUP, GROUP, AclOperation.READ, AclOperation.DESCRIBE);
        allow("loans", ResourceType.TOPIC, TOPIC, AclOperation.READ, AclOperation.DESCRIBE);
        allow("loans", ResourceType.TOPIC, "loans.events", AclOperation.WRITE, AclOperation.DESCRIBE);
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("spring.cloud.stream.kafka.binder.brokers", kafka::bootstrapServers);
        registry.add("spring.kafka.security.protocol", () -> "SASL_PLAINTEXT");
        registry.add("spring.kafka.properties.sasl.mechanism", () -> "SCRAM-SHA-256");
        registry.add("spring.kafka.properties.sasl.jaas.config",
                () -> LocalKafka.scramClientConfig("registry", "registry-secret").get("sasl.jaas.config"));
    }

    @AfterAll
    static void stop() {
        kafka.stop();
    }

    @Test
    void theRegistryPublishesAndConsumesAsItsOwnPrincipal() {
        Http http = new Http("http://127.0.0.1:" + port).as(Officers.registryOfficer("nguyen.van.an", "19"));
        Http.Response group = http.post("/api/v1/founder-groups", """
                {"name": "Nhóm sáng lập HTX chè La Bằng", "intendedSector": "AGRICULTURE", "commune": "La Bằng",
                 "recordedOn": "2026-01-05"}""");
        assertThat(group.status()).as(group.raw().body()).isEqualTo(201);
        String groupId = group.text("id");
        Http.Response cooperative = http.post("/api/v1/organisations", Organisations.teaCooperative("1900000777")
                .replace("\"foundedOn\"", "\"founderGroupId\": \"" + groupId + "\", \"foundedOn\""));
        assertThat(cooperative.status()).as(cooperative.raw().body()).isEqualTo(201);

        List<ConsumerRecord<String, String>> events = readAsAdmin(cooperative.text("id"));
        assertThat(events).extracting(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .contains(EventTypes.Registry.ORGANISATION_REGISTERED);
        // The link follows from the registration's event, consumed by the binder as the registry's principal.
        Eventually.await("the founder group linked from the consumed event", Duration.ofSeconds(60),
                () -> cooperative.text("id").equals(http.get("/api/v1/founder-groups/" + groupId).text("organisationId")));
    }

    @Test
    void anotherServicesPrincipalIsDeniedAWriteAndAWrongPasswordIsNotAPrincipal() {
        try (KafkaProducer<String, String> loans = producer(LocalKafka.scramClientConfig("loans", "loans-secret"))) {
            assertThat(send(loans, "loans.events")).as("its own topic").isNull();
            assertThatThrownBy(() -> loans.send(new ProducerRecord<>(TOPIC, "k", "{}")).get())
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        try (KafkaProducer<String, String> stranger = producer(LocalKafka.scramClientConfig("registry", "doan-mo"))) {
            assertThatThrownBy(() -> stranger.send(new ProducerRecord<>(TOPIC, "k", "{}")).get())
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    static Object send(KafkaProducer<String, String> producer, String topic) {
        try {
            producer.send(new ProducerRecord<>(topic, "k", "{}")).get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static KafkaProducer<String, String> producer(Map<String, Object> security) {
        Map<String, Object> config = new HashMap<>(security);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return new KafkaProducer<>(config);
    }

    static List<ConsumerRecord<String, String>> readAsAdmin(String key) {
        Map<String, Object> config = new HashMap<>(kafka.clientConfig());
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            Eventually.await("the registry's event on the SASL broker", Duration.ofSeconds(60), () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
        }
        return found;
    }

    static void allow(String user, ResourceType type, String name, AclOperation... operations) {
        Map<String, Object> config = new HashMap<>(kafka.clientConfig());
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        List<AclBinding> acls = new ArrayList<>();
        for (AclOperation operation : operations) {
            acls.add(new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                    new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW)));
        }
        try (Admin admin = Admin.create(config)) {
            admin.createAcls(acls).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
