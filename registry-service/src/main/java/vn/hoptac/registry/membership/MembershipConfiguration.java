package vn.hoptac.registry.membership;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoptac.plumbing.outbox.OutboxCollection;
import vn.hoptac.registry.membership.persistence.MembershipDocument;

@Configuration
class MembershipConfiguration {

    /** Membership documents carry their events until the relay publishes them. */
    @Bean
    OutboxCollection membershipsOutbox() {
        return new OutboxCollection(MembershipDocument.COLLECTION);
    }
}
