package vn.hoptac.contracts;

import java.util.Objects;

/**
 * One published event type, as declared in the AsyncAPI document.
 *
 * @param type           the CloudEvents {@code type} (header {@code ce_type}): a stable logical name ending
 *                       in its version, e.g. {@code vn.hoptac.registry.organisation.registered.v1}
 * @param dataSchema     the CloudEvents {@code dataschema} (header {@code ce_dataschema}) and the {@code $id}
 *                       of the data's JSON Schema, e.g.
 *                       {@code https://schemas.hoptac.vn/registry/organisation.registered.v1.json}
 * @param topic          the Kafka topic the type is published to, e.g. {@code registry.events}
 * @param schemaResource the classpath resource of that JSON Schema, e.g.
 *                       {@code contracts/schemas/registry/organisation.registered.v1.json}
 */
public record EventType(String type, String dataSchema, String topic, String schemaResource) {

    /**
     * Creates a type, rejecting null components.
     *
     * @param type           the CloudEvents {@code type}
     * @param dataSchema     the CloudEvents {@code dataschema}, also the schema's {@code $id}
     * @param topic          the Kafka topic
     * @param schemaResource the classpath resource of the schema
     */
    public EventType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dataSchema, "dataSchema");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(schemaResource, "schemaResource");
    }
}
