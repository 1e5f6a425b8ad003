package vn.hoptac.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import vn.hoptac.contracts.EventCatalog;
import vn.hoptac.contracts.EventSchemaValidator;

/**
 * Publishes registry events to {@code registry.events} exactly as the registry does, each checked
 * against its published schema before it is sent, so a consuming service (loans, campaigns,
 * reporting) is tested against the registry's contract rather than against itself. Types come from
 * {@link vn.hoptac.contracts.EventTypes.Registry}.
 */
public final class RegistryFeed implements AutoCloseable {

    private final CloudEventProducer producer = new CloudEventProducer();
    private final EventSchemaValidator validator = new EventSchemaValidator();
    private final EventCatalog catalog = EventCatalog.load();
    private final String province;
    private final String topic;

    public RegistryFeed(String province) {
        this(province, "registry.events");
    }

    /** A feed on another topic name (a prefixed deployment). */
    public RegistryFeed(String province, String topic) {
        this.province = province;
        this.topic = topic;
    }

    /** An organisation's profile as the registry publishes it, with a registration code unless it is a group. */
    public static String profile(String name, String type, String province) {
        return """
                {"registrationCode": %s, "name": "%s", "type": "%s", "sector": "ENVIRONMENT", "legalBasis": "LAW_2012",
                 "provinceCode": "%s", "commune": "Nhân Cơ", "addressLine": null, "foundedOn": "2018-05-02",
                 "membersCount": 12, "workersCount": 20, "charterCapital": 600000000}"""
                .formatted(type.equals("COOPERATIVE_GROUP") ? "null" : "\"" + String.format("%010d", Math.abs(name.hashCode())) + "\"",
                        name, type, province);
    }

    public String registered(String organisationId, String name, String type, String effectiveOn) {
        return """
                {"organisationId": "%s", "provinceCode": "%s", "organisationType": "%s", "status": "OPERATING",
                 "effectiveOn": "%s", "actor": "registry.officer", "profile": %s}"""
                .formatted(organisationId, province, type, effectiveOn, profile(name, type, province));
    }

    public String suspended(String organisationId, String type, String effectiveOn) {
        return """
                {"organisationId": "%s", "provinceCode": "%s", "organisationType": "%s", "status": "SUSPENDED",
                 "effectiveOn": "%s", "actor": "registry.officer", "reason": "Tạm ngừng hoạt động"}"""
                .formatted(organisationId, province, type, effectiveOn);
    }

    public String dissolved(String organisationId, String type, String effectiveOn) {
        return """
                {"organisationId": "%s", "provinceCode": "%s", "organisationType": "%s", "status": "DISSOLVED",
                 "effectiveOn": "%s", "actor": "registry.officer", "dissolution": "VOLUNTARY",
                 "reason": "Xã viên quyết định giải thể"}"""
                .formatted(organisationId, province, type, effectiveOn);
    }

    /** Sends one event; returns its ce_id so a test can send the very same event again. */
    public String send(String type, String organisationId, long sequence, String data) {
        CloudEventProducer.Event event = event(type, "/provinces/" + province + "/registry", organisationId, sequence, data);
        producer.send(topic, event);
        return event.id();
    }

    public void send(String eventId, String type, String organisationId, long sequence, String data) {
        sendAs("/provinces/" + province + "/registry", eventId, type, organisationId, sequence, data);
    }

    /** Sends as {@code source} says it comes from: a spoofer's tool. */
    public void sendAs(String source, String eventId, String type, String organisationId, long sequence, String data) {
        producer.send(topic, event(type, source, organisationId, sequence, data).withId(eventId));
    }

    private CloudEventProducer.Event event(String type, String source, String organisationId, long sequence, String data) {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        assertThat(validator.validate(type, bytes)).as("the test's %s obeys the registry's contract", type).isEmpty();
        return CloudEventProducer.Event.of(type, source, organisationId, sequence, bytes)
                .withDataSchema(catalog.require(type).dataSchema());
    }

    @Override
    public void close() {
        producer.close();
    }
}
