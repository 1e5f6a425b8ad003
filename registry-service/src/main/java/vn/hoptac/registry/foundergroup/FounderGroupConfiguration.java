package vn.hoptac.registry.foundergroup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoptac.plumbing.outbox.OutboxCollection;
import vn.hoptac.registry.foundergroup.persistence.FounderGroupDocument;

@Configuration
class FounderGroupConfiguration {

    /** Founder group documents carry their events until the relay publishes them. */
    @Bean
    OutboxCollection founderGroupsOutbox() {
        return new OutboxCollection(FounderGroupDocument.COLLECTION);
    }
}
