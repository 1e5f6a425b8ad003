package vn.hoptac.plumbing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.hoptac.contracts.CloudEventHeaders;

/** The envelope the relay puts on the wire, as the contract (and the AsyncAPI document) states it. */
class OutboxRelayRecordTest {

    @Test
    void anEventIsARecordInBinaryModeWithEveryHeaderAPlainString() {
        Document event = new Document("eventId", "e-7").append("source", "/provinces/19/registry")
                .append("type", "vn.hoptac.registry.organisation.registered.v1")
                .append("time", Date.from(Instant.parse("2024-03-01T02:15:30.250Z"))).append("subject", "org-1")
                .append("dataSchema", "https://hoptac.vn/schemas/registry/organisation-registered.v1.json")
                .append("sequence", 10L).append("topic", "registry.events").append("data", "{\"name\": \"HTX Chè Tân Cương\"}");

        ProducerRecord<String, byte[]> record = OutboxRelay.record(event);

        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            assertThat(headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8))).as(header.key()).isNull();
        }
        assertThat(headers.keySet()).containsExactlyInAnyOrderElementsOf(CloudEventHeaders.ALL);
        assertThat(headers).containsEntry(CloudEventHeaders.ID, "e-7").containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0")
                .containsEntry(CloudEventHeaders.SOURCE, "/provinces/19/registry")
                .containsEntry(CloudEventHeaders.TIME, "2024-03-01T02:15:30.25Z")
                .containsEntry(CloudEventHeaders.SUBJECT, "org-1").containsEntry(CloudEventHeaders.SEQUENCE, "10")
                .containsEntry(CloudEventHeaders.CONTENT_TYPE, "application/json")
                .containsEntry(CloudEventHeaders.DATA_SCHEMA, "https://hoptac.vn/schemas/registry/organisation-registered.v1.json");
        assertThat(record.topic()).isEqualTo("registry.events");
        assertThat(record.key()).isEqualTo("org-1");
        assertThat(Arrays.equals(record.value(), "{\"name\": \"HTX Chè Tân Cương\"}".getBytes(StandardCharsets.UTF_8))).isTrue();
    }
}
