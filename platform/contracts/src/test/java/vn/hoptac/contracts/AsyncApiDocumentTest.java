package vn.hoptac.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoptac.contracts.Documents.asyncApi;
import static vn.hoptac.contracts.Documents.json;
import static vn.hoptac.contracts.Documents.list;
import static vn.hoptac.contracts.Documents.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document's shape, and that its examples are valid events. */
class AsyncApiDocumentTest {

    private static final EventSchemaValidator VALIDATOR = new EventSchemaValidator();

    private final Map<String, Object> document = asyncApi();

    @Test
    void infoAndServer() {
        assertThat(document.get("asyncapi")).isEqualTo("3.0.0");
        Map<String, Object> info = map(document.get("info"));
        assertThat(info.get("title")).isEqualTo("HopTac");
        assertThat(info.get("version")).isEqualTo("1.0.0");
        assertThat((String) info.get("description"))
                .contains("binary content mode", "ce_sequence", "at least once", "record key is the aggregate id",
                        "tolerate properties they do not know");
        Map<String, Object> server = map(map(document.get("servers")).get("local"));
        assertThat(server).containsEntry("protocol", "kafka").containsEntry("host", "127.0.0.1:9092")
                .containsEntry("description", "local; production brokers by configuration");
    }

    @Test
    void channelsAndOperation() {
        Map<String, Object> channels = map(document.get("channels"));
        assertThat(channels).containsOnlyKeys("registryEvents", "loansEvents", "campaignsEvents");
        assertThat(map(channels.get("registryEvents")).get("address")).isEqualTo("registry.events");
        assertThat(map(map(channels.get("registryEvents")).get("messages"))).hasSize(15);
        assertThat(map(channels.get("loansEvents"))).containsEntry("address", "loans.events");
        assertThat(map(map(channels.get("loansEvents")).get("messages"))).hasSize(17);
        assertThat(map(channels.get("campaignsEvents"))).containsEntry("address", "campaigns.events");
        assertThat(map(map(channels.get("campaignsEvents")).get("messages"))).hasSize(19);

        Map<String, Object> operations = map(document.get("operations"));
        assertThat(operations).containsOnlyKeys("publishRegistryEvents", "publishLoanEvents", "publishCampaignEvents");
        Map<String, Object> operation = map(operations.get("publishRegistryEvents"));
        assertThat(operation.get("action")).isEqualTo("send");
        assertThat(map(operation.get("channel")).get("$ref")).isEqualTo("#/channels/registryEvents");
        Map<String, Object> loans = map(operations.get("publishLoanEvents"));
        assertThat(loans.get("action")).isEqualTo("send");
        assertThat(map(loans.get("channel")).get("$ref")).isEqualTo("#/channels/loansEvents");
        Map<String, Object> campaigns = map(operations.get("publishCampaignEvents"));
        assertThat(campaigns.get("action")).isEqualTo("send");
        assertThat(map(campaigns.get("channel")).get("$ref")).isEqualTo("#/channels/campaignsEvents");
    }

    @Test
    void everyLocalReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                Object target = document;
                for (String part : ref.substring(2).split("/")) {
                    target = map(target).get(part);
                    assertThat(target).as(ref).isNotNull();
                }
            } else {
                assertThat(ref).startsWith("./schemas/");
                assertThat(getClass().getClassLoader().getResource("contracts/" + ref.substring(2))).as(ref).isNotNull();
            }
        }
    }

    @Test
    void everyMessageIsFullyDescribed() {
        for (EventType type : EventCatalog.load().all()) {
            Map<String, Object> message = Documents.message(type.type());
            assertThat(message).containsKeys("name", "title", "summary", "contentType", "headers", "payload", "examples");
            assertThat(message.get("contentType")).isEqualTo("application/json");
            assertThat(map(message.get("payload")).get("$ref"))
                    .isEqualTo("./" + type.schemaResource().substring("contracts/".length()));

            Map<String, Object> headers = map(message.get("headers"));
            assertThat(headers.get("type")).isEqualTo("object");
            assertThat(list(headers.get("required"))).containsExactlyElementsOf(CloudEventHeaders.ALL);
            Map<String, Object> properties = map(headers.get("properties"));
            assertThat(properties).containsOnlyKeys(CloudEventHeaders.ALL);
            properties.values().forEach(p -> assertThat(map(p)).containsEntry("type", "string"));
            assertThat(map(properties.get(CloudEventHeaders.TYPE))).containsEntry("const", type.type());
            assertThat(map(properties.get(CloudEventHeaders.DATA_SCHEMA))).containsEntry("const", type.dataSchema());
            assertThat(map(properties.get(CloudEventHeaders.SPEC_VERSION))).containsEntry("const", "1.0");
            assertThat(map(properties.get(CloudEventHeaders.CONTENT_TYPE))).containsEntry("const", "application/json");
            assertThat(map(properties.get(CloudEventHeaders.SEQUENCE))).containsEntry("pattern", "^[1-9][0-9]*$");
            // the national alliance's deployment publishes campaigns (the plans provinces implement) as itself
            String alliances = Documents.service(type).equals("campaigns") ? "(/provinces/[0-9]{2}|/national)" : "/provinces/[0-9]{2}";
            assertThat(map(properties.get(CloudEventHeaders.SOURCE)))
                    .containsEntry("pattern", "^" + alliances + "/" + Documents.service(type) + "$");
            assertThat(list(message.get("examples"))).hasSize(1);

            // the record key is the aggregate id: ce_subject, the key schema and the data's id agree
            String keyRef = (String) map(map(map(message.get("bindings")).get("kafka")).get("key")).get("$ref");
            assertThat(keyRef).startsWith("#/components/schemas/");
            Map<String, Object> key = map(map(map(document.get("components")).get("schemas"))
                    .get(keyRef.substring("#/components/schemas/".length())));
            String idPattern = Documents.readJson(type.schemaResource()).path("properties")
                    .path(Documents.aggregateIdProperty(type)).path("pattern").asText();
            assertThat(map(properties.get(CloudEventHeaders.SUBJECT)).get("pattern")).as(type.type())
                    .isEqualTo(key.get("pattern")).isEqualTo(idPattern);
        }
    }

    @Test
    void everyExampleIsAValidEvent() {
        for (EventType type : EventCatalog.load().all()) {
            for (Object exampleValue : list(Documents.message(type.type()).get("examples"))) {
                Map<String, Object> example = map(exampleValue);
                byte[] data = json(example.get("payload"));
                assertThat(VALIDATOR.validate(type.type(), data)).as(type.type()).isEmpty();

                @SuppressWarnings("unchecked")
                Map<String, String> headers = (Map<String, String>) (Map<?, ?>) map(example.get("headers"));
                assertThat(VALIDATOR.validateHeaders(headers)).as(type.type()).isEmpty();
                // the envelope agrees with the data
                Map<String, Object> payload = map(example.get("payload"));
                assertThat(headers.get(CloudEventHeaders.SUBJECT)).as(type.type())
                        .isEqualTo(payload.get(Documents.aggregateIdProperty(type)));
                assertThat(headers.get(CloudEventHeaders.SOURCE)).as(type.type())
                        .isEqualTo("/provinces/" + payload.get("provinceCode") + "/" + Documents.service(type));
                assertThat(headers.get(CloudEventHeaders.TYPE)).isEqualTo(type.type());
            }
        }
    }

    /**
     * Types whose data are the same by design: a plan's heading, an activity, or a target's terms, as they now
     * stand after they were drafted (added, set) or amended (changed). Only their headers, the ce_type and
     * ce_dataschema consts, tell them apart.
     */
    private static final List<Set<String>> SAME_DATA = List.of(
            Set.of(EventTypes.Campaigns.PLAN_DRAFTED, EventTypes.Campaigns.PLAN_AMENDED),
            Set.of(EventTypes.Campaigns.PLAN_ACTIVITY_ADDED, EventTypes.Campaigns.PLAN_ACTIVITY_AMENDED),
            Set.of(EventTypes.Campaigns.TARGET_SET, EventTypes.Campaigns.TARGET_CHANGED));

    /**
     * AsyncAPI: every message on a channel must be valid against one, and only one, of its messages. The
     * data alone tells every type from the others of its channel, except the {@link #SAME_DATA} types,
     * whose schemas declare the same properties; their messages differ in their headers only.
     */
    @Test
    void everyExamplePayloadMatchesExactlyOneTypeOfItsChannel() {
        List<EventType> types = EventCatalog.load().all();
        for (EventType type : types) {
            byte[] data = json(Documents.examplePayload(type.type()));
            List<String> matching = types.stream()
                    .filter(other -> other.topic().equals(type.topic()))
                    .filter(other -> VALIDATOR.validate(other.type(), data).isEmpty())
                    .map(EventType::type).toList();
            Set<String> expected = SAME_DATA.stream().filter(group -> group.contains(type.type())).findFirst()
                    .orElse(Set.of(type.type()));
            assertThat(matching).as(type.type()).containsExactlyInAnyOrderElementsOf(expected);
        }
        for (Set<String> group : SAME_DATA) {
            List<JsonNode> schemas = group.stream()
                    .map(t -> Documents.readJson(EventCatalog.load().require(t).schemaResource())).toList();
            assertThat(schemas).extracting(s -> s.path("properties")).as(group.toString()).containsOnly(
                    schemas.get(0).path("properties"));
            assertThat(schemas).extracting(s -> s.path("required")).as(group.toString()).containsOnly(
                    schemas.get(0).path("required"));
            // the headers of one are not those of the other
            for (String type : group) {
                for (String other : group) {
                    Map<String, String> headers = Documents.exampleHeaders(type);
                    headers.put(CloudEventHeaders.TYPE, other);
                    assertThat(VALIDATOR.validateHeaders(headers).isEmpty()).as(type + " as " + other)
                            .isEqualTo(type.equals(other));
                }
            }
        }
    }

    private static void collectRefs(Object node, List<String> into) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if ("$ref".equals(k)) {
                    into.add((String) v);
                } else {
                    collectRefs(v, into);
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(child -> collectRefs(child, into));
        }
    }
}
