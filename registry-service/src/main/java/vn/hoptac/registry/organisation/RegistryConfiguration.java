package vn.hoptac.registry.organisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoptac.plumbing.outbox.OutboxCollection;
import vn.hoptac.registry.organisation.persistence.OrganisationDocument;

@Configuration
class RegistryConfiguration {

    /** Organisation documents carry their events until the relay publishes them. */
    @Bean
    OutboxCollection organisationsOutbox() {
        return new OutboxCollection(OrganisationDocument.COLLECTION);
    }
}
