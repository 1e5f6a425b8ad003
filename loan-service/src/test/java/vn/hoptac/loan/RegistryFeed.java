package vn.hoptac.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.hoptac.contracts.CloudEventHeaders;
import vn.hoptac.contracts.EventCatalog;
import vn.hoptac.contracts.EventSchemaValidator;
import vn.hoptac.testsupport.TestInfrastructure;

/**
 * Publishes registry events to {@code registry.events} exactly as the registry does (CloudEvents
 * binary mode, key = organisation), each checked against its published schema before it is sent,
 * so the loan service is tested against the contract rather than against itself.
 */
final class RegistryFeed implements AutoCloseable {

    static final String REGISTERED = "vn.hoptac.registry.organisation.registered.v1";
    static final String SUSPENDED = "vn.hoptac.registry.organisation.suspended.v1";
    static final String DISSOLVED = "vn.hoptac.registry.organisation.dissolved.v1";

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    private final EventSchemaValidator validator = new EventSchemaValidator();
    private final String province;
    private final String topic;

    RegistryFeed(String province) {
        this(province, "registry.events");
    }

    RegistryFeed(String province, String topic) {
        this.province = province;
        this.topic = topic;
    }

    static String profile(String name, String type, String province) {
        return """
                {"registrationCode": %s, "name": "%s", "type": "%s", "sector": "ENVIRONMENT", "legalBasis": "LAW_2012",
                 "provinceCode": "%s", "commune": "Nhân Cơ", "addressLine": null, "foundedOn": "2018-05-02",
                 "membersCount": 12, "workersCount": 20, "charterCapital": 600000000}"""
                .formatted(type.equals("COOPERATIVE_GROUP") ? "null" : "\"" + String.format("%010d", Math.abs(name.hashCode())) + "\"",
                        name, type, province);
    }

    String registered(String organisationId, String name, String type, String effectiveOn) {
        return """
                {"organisationId": "%s", "provinceCode": "%s", "organisationType": "%s", "status": "OPERATING",
                 "effectiveOn": "%s", "actor": "registry.officer", "profile": %s}"""
                .formatted(organisationId, province, type, effectiveOn, profile(name, type, province));
    }

    String suspended(String organisationId, String type, String effectiveOn) {
        return """
                {"organisationId": "%s", "provinceCode": "%s", "organisationType": "%s", "status": "SUSPENDED",
                 "effectiveOn": "%s", "actor": "registry.officer", "reason": "Tạm ngừng hoạt động"}"""
                .formatted(organisationId, province, type, effectiveOn);
    }

    String dissolved(String organisationId, String type, String effectiveOn) {
        return """
                {"organisationId": "%s", "provinceCode": "%s", "organisationType": "%s", "status": "DISSOLVED",
                 "effectiveOn": "%s", "actor": "registry.officer", "dissolution": "VOLUNTARY",
                 "reason": "Xã viên quyết định giải thể"}"""
                .formatted(organisationId, province, type, effectiveOn);
    }

    /** Sends one event; returns its ce_id so a test can send the very same event again. */
    String send(String type, String organisationId, long sequence, String data) {
        String id = UUID.randomUUID().toString();
        send(id, type, organisationId, sequence, data);
        return id;
    }

    void send(String eventId, String type, String organisationId, long sequence, String data) {
        sendAs("/provinces/" + province + "/registry", eventId, type, organisationId, sequence, data);
    }

    /** Sends as {@code source} says it comes from: a spoofer's tool. */
    void sendAs(String source, String eventId, String type, String organisationId, long sequence, String data) {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        assertThat(validator.validate(type, bytes)).as("the test's %s obeys the registry's contract", type).isEmpty();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, organisationId, bytes);
        Map<String, String> headers = Map.of(CloudEventHeaders.ID, eventId, CloudEventHeaders.TYPE, type,
                CloudEventHeaders.SOURCE, source, CloudEventHeaders.SUBJECT, organisationId,
                CloudEventHeaders.SEQUENCE, Long.toString(sequence), CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.TIME, Instant.now().toString(), CloudEventHeaders.CONTENT_TYPE, "application/json",
                CloudEventHeaders.DATA_SCHEMA, EventCatalog.load().require(type).dataSchema());
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
