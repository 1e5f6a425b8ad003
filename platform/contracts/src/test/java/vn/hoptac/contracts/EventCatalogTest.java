package vn.hoptac.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoptac.contracts.Documents.asyncApi;
import static vn.hoptac.contracts.Documents.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The catalogue, the schema files and the AsyncAPI messages agree exactly: every type has a schema file
 * and an AsyncAPI message, every schema file belongs to a type (or is a shared part of one), and every
 * AsyncAPI message is a type.
 */
class EventCatalogTest {

    private static final String REGISTRY = "vn.hoptac.registry.";
    private static final String LOANS = "vn.hoptac.loans.";
    private static final String CAMPAIGNS = "vn.hoptac.campaigns.";

    private final EventCatalog catalog = EventCatalog.load();

    @Test
    void publishesTheRegistryLoanAndCampaignTypesOnTheirServicesTopics() {
        assertThat(catalog.all()).extracting(EventType::type).containsExactly(
                "vn.hoptac.registry.organisation.registered.v1",
                "vn.hoptac.registry.organisation.profile-changed.v1",
                "vn.hoptac.registry.organisation.converted.v1",
                "vn.hoptac.registry.organisation.suspended.v1",
                "vn.hoptac.registry.organisation.resumed.v1",
                "vn.hoptac.registry.organisation.dissolved.v1",
                "vn.hoptac.registry.organisation.value-chain-joined.v1",
                "vn.hoptac.registry.organisation.value-chain-left.v1",
                "vn.hoptac.registry.organisation.model-status-changed.v1",
                "vn.hoptac.registry.founder-group.recorded.v1",
                "vn.hoptac.registry.founder-group.advised.v1",
                "vn.hoptac.registry.founder-group.cooperative-founded.v1",
                "vn.hoptac.registry.membership.admitted.v1",
                "vn.hoptac.registry.membership.ended.v1",
                "vn.hoptac.registry.value-chain.added.v1",
                "vn.hoptac.loans.dossier.received.v1",
                "vn.hoptac.loans.dossier.guidance-given.v1",
                "vn.hoptac.loans.dossier.completed.v1",
                "vn.hoptac.loans.dossier.appraised.v1",
                "vn.hoptac.loans.dossier.approved.v1",
                "vn.hoptac.loans.dossier.rejected.v1",
                "vn.hoptac.loans.dossier.withdrawn.v1",
                "vn.hoptac.loans.dossier.closed.v1",
                "vn.hoptac.loans.loan.tranche-disbursed.v1",
                "vn.hoptac.loans.loan.repayment-received.v1",
                "vn.hoptac.loans.loan.arrears-changed.v1",
                "vn.hoptac.loans.loan.recovery-flagged.v1",
                "vn.hoptac.loans.loan.written-off.v1",
                "vn.hoptac.loans.loan.recovered.v1",
                "vn.hoptac.loans.loan.settled.v1",
                "vn.hoptac.loans.fund.opened.v1",
                "vn.hoptac.loans.fund.capital-changed.v1",
                "vn.hoptac.campaigns.plan.drafted.v1",
                "vn.hoptac.campaigns.plan.amended.v1",
                "vn.hoptac.campaigns.plan.issued.v1",
                "vn.hoptac.campaigns.plan.closed.v1",
                "vn.hoptac.campaigns.plan.activity-added.v1",
                "vn.hoptac.campaigns.plan.activity-amended.v1",
                "vn.hoptac.campaigns.plan.activity-started.v1",
                "vn.hoptac.campaigns.plan.activity-completed.v1",
                "vn.hoptac.campaigns.plan.activity-cancelled.v1",
                "vn.hoptac.campaigns.plan.activity-overdue.v1",
                "vn.hoptac.campaigns.gathering.recorded.v1",
                "vn.hoptac.campaigns.gathering.attendance-corrected.v1",
                "vn.hoptac.campaigns.gathering.commendation-awarded.v1",
                "vn.hoptac.campaigns.publication.recorded.v1",
                "vn.hoptac.campaigns.publication.published.v1",
                "vn.hoptac.campaigns.target.set.v1",
                "vn.hoptac.campaigns.target.changed.v1",
                "vn.hoptac.campaigns.target.progressed.v1",
                "vn.hoptac.campaigns.target.reached.v1");
        assertThat(catalog.all()).filteredOn(t -> t.type().startsWith(REGISTRY))
                .hasSize(15).allSatisfy(t -> assertThat(t.topic()).isEqualTo("registry.events"));
        assertThat(catalog.all()).filteredOn(t -> t.type().startsWith(LOANS))
                .hasSize(17).allSatisfy(t -> assertThat(t.topic()).isEqualTo("loans.events"));
        assertThat(catalog.all()).filteredOn(t -> t.type().startsWith(CAMPAIGNS))
                .hasSize(19).allSatisfy(t -> assertThat(t.topic()).isEqualTo("campaigns.events"));
        assertThat(catalog.require("vn.hoptac.registry.organisation.registered.v1")).isEqualTo(new EventType(
                "vn.hoptac.registry.organisation.registered.v1",
                "https://schemas.hoptac.vn/registry/organisation.registered.v1.json",
                "registry.events",
                "contracts/schemas/registry/organisation.registered.v1.json"));
        assertThat(catalog.require("vn.hoptac.registry.founder-group.cooperative-founded.v1")).isEqualTo(new EventType(
                "vn.hoptac.registry.founder-group.cooperative-founded.v1",
                "https://schemas.hoptac.vn/registry/founder-group.cooperative-founded.v1.json",
                "registry.events",
                "contracts/schemas/registry/founder-group.cooperative-founded.v1.json"));
        assertThat(catalog.require("vn.hoptac.loans.dossier.received.v1")).isEqualTo(new EventType(
                "vn.hoptac.loans.dossier.received.v1",
                "https://schemas.hoptac.vn/loans/dossier.received.v1.json",
                "loans.events",
                "contracts/schemas/loans/dossier.received.v1.json"));
        assertThat(catalog.require("vn.hoptac.campaigns.plan.activity-added.v1")).isEqualTo(new EventType(
                "vn.hoptac.campaigns.plan.activity-added.v1",
                "https://schemas.hoptac.vn/campaigns/plan.activity-added.v1.json",
                "campaigns.events",
                "contracts/schemas/campaigns/plan.activity-added.v1.json"));
    }

    /** {@code vn.hoptac.<service>.<short>} on {@code <service>.events}, its schema at {@code <service>/<short>.json}. */
    @Test
    void namesFollowTheConvention() {
        for (EventType t : catalog.all()) {
            assertThat(t.topic()).as(t.type()).endsWith(".events");
            String service = t.topic().substring(0, t.topic().length() - ".events".length());
            String prefix = "vn.hoptac." + service + ".";
            assertThat(t.type()).startsWith(prefix).matches(".*\\.v[1-9][0-9]*");
            String shortName = t.type().substring(prefix.length());
            assertThat(t.dataSchema()).isEqualTo(EventCatalog.SCHEMA_URI_PREFIX + service + "/" + shortName + ".json");
            assertThat(t.schemaResource())
                    .isEqualTo(EventCatalog.SCHEMA_RESOURCE_PREFIX + service + "/" + shortName + ".json");
        }
    }

    @Test
    void everyTypeHasASchemaFileWhoseIdIsItsDataSchema() {
        for (EventType t : catalog.all()) {
            JsonNode schema = Documents.readJson(t.schemaResource());
            assertThat(schema.path("$id").asText()).as(t.schemaResource()).isEqualTo(t.dataSchema());
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        }
    }

    @Test
    void everySchemaFileIsATypesSchemaOrReferencedFromOne() {
        Set<String> typeSchemas = new TreeSet<>();
        catalog.all().forEach(t -> typeSchemas.add(t.schemaResource()));
        Set<String> reachable = new TreeSet<>();
        List<String> pending = new ArrayList<>(typeSchemas);
        while (!pending.isEmpty()) {
            String resource = pending.remove(pending.size() - 1);
            if (reachable.add(resource)) {
                pending.addAll(referencedFiles(resource, Documents.readJson(resource)));
            }
        }
        assertThat(Documents.schemaFiles()).containsExactlyInAnyOrderElementsOf(reachable);
        assertThat(reachable).contains("contracts/schemas/registry/organisation-profile.v1.json",
                "contracts/schemas/loans/appraisal.v1.json", "contracts/schemas/loans/instalment.v1.json",
                "contracts/schemas/loans/repayment-allocation.v1.json");
        // every file's $id is its place below the schema URI prefix, shared ones too
        for (String resource : reachable) {
            assertThat(Documents.readJson(resource).path("$id").asText()).as(resource).isEqualTo(
                    EventCatalog.SCHEMA_URI_PREFIX + resource.substring(EventCatalog.SCHEMA_RESOURCE_PREFIX.length()));
        }
    }

    @Test
    void everyAsyncApiMessageIsATypeAndEveryTypeAnAsyncApiMessage() {
        Map<String, Object> document = asyncApi();
        Map<String, Object> componentMessages = map(map(document.get("components")).get("messages"));
        // every component message is used by a channel
        Set<String> usedIds = new HashSet<>();
        Map<String, String> topicOfType = new LinkedHashMap<>();
        for (Object channelValue : map(document.get("channels")).values()) {
            Map<String, Object> channel = map(channelValue);
            Object messages = channel.get("messages");
            if (messages == null) {
                continue;
            }
            for (Object ref : map(messages).values()) {
                String id = ((String) map(ref).get("$ref")).substring("#/components/messages/".length());
                usedIds.add(id);
                topicOfType.put((String) map(componentMessages.get(id)).get("name"), (String) channel.get("address"));
            }
        }
        assertThat(usedIds).containsExactlyInAnyOrderElementsOf(componentMessages.keySet());
        Map<String, String> catalogued = new LinkedHashMap<>();
        catalog.all().forEach(t -> catalogued.put(t.type(), t.topic()));
        assertThat(catalogued).containsExactlyInAnyOrderEntriesOf(topicOfType);
    }

    @Test
    void findAndRequire() {
        assertThat(catalog.find("vn.hoptac.registry.organisation.resumed.v1")).isPresent();
        assertThat(catalog.find("vn.hoptac.registry.organisation.resumed.v2")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
        assertThatThrownBy(() -> catalog.require("com.example.Unknown"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("com.example.Unknown");
        assertThatThrownBy(() -> catalog.all().add(catalog.all().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(EventCatalog.load()).isSameAs(catalog);
    }

    @Test
    void rejectsAnInconsistentDocument() {
        Map<String, Object> document = asyncApi();
        Map<String, Object> message = map(map(map(document.get("components")).get("messages"))
                .get("organisationResumedV1"));
        message.put("name", "vn.hoptac.registry.organisation.resumed.v9");
        assertThatThrownBy(() -> EventCatalog.fromAsyncApi(document, getClass().getClassLoader()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("differs from the ce_type const");

        Map<String, Object> other = asyncApi();
        Map<String, Object> payload = map(map(map(map(other.get("components")).get("messages"))
                .get("organisationResumedV1")).get("payload"));
        payload.put("$ref", "./schemas/registry/organisation.missing.v1.json");
        assertThatThrownBy(() -> EventCatalog.fromAsyncApi(other, getClass().getClassLoader()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not match the payload file");
    }

    @Test
    void rejectsATypeDeclaredTwice() {
        Map<String, Object> document = asyncApi();
        Map<String, Object> channels = map(document.get("channels"));
        Map<String, Object> loans = map(channels.get("loansEvents"));
        loans.put("messages", Map.of("again", Map.of("$ref", "#/components/messages/organisationResumedV1")));
        assertThatThrownBy(() -> EventCatalog.fromAsyncApi(document, getClass().getClassLoader()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("declared twice");
    }

    /** The files a schema's {@code $ref}s point to, resolved against its {@code $id}. */
    private static List<String> referencedFiles(String resource, JsonNode node) {
        List<String> found = new ArrayList<>();
        collectRefs(node, found);
        String folder = resource.substring(0, resource.lastIndexOf('/') + 1);
        List<String> files = new ArrayList<>();
        for (String ref : found) {
            if (ref.startsWith("#")) {
                continue;
            }
            String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
            assertThat(file).as("$ref in " + resource).doesNotContain("://").doesNotStartWith("/").doesNotContain("..");
            files.add(folder + file);
        }
        return files;
    }

    private static void collectRefs(JsonNode node, List<String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals("$ref") && e.getValue().isTextual()) {
                    into.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), into);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, into));
        }
    }
}
