package vn.hoptac.registry.foundergroup.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.hoptac.plumbing.consuming.EventDispatcher;
import vn.hoptac.plumbing.consuming.TrustedSources;
import vn.hoptac.plumbing.consuming.IncomingEvent;
import vn.hoptac.plumbing.events.UnreadableEventException;
import vn.hoptac.registry.foundergroup.application.FounderGroupService;
import vn.hoptac.registry.foundergroup.application.FounderGroupService.LinkOutcome;
import vn.hoptac.contracts.EventTypes;

/**
 * The binding {@code founderGroupLinks} on {@code registry.events}: an organisation registered with a
 * {@code founderGroupId} was founded by that group, so the group is linked to it. Registering and
 * linking are two commands on two aggregates (the store has no multi-document transactions); the
 * second follows from the first's event. A link that can never succeed (an unknown group, a group that
 * founded another organisation) is logged and counted, not retried nor dead-lettered.
 */
@Configuration
class FounderGroupLinksConsumer {

    static final String CONSUMER = "registry-founder-groups";

    private static final Logger log = LoggerFactory.getLogger(FounderGroupLinksConsumer.class);

    /** The parts of the registered event this consumer reads; the rest is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegisteredOrganisation(String organisationId, LocalDate effectiveOn, String actor, String founderGroupId) {
    }

    @Bean
    Consumer<Message<byte[]>> founderGroupLinks(FounderGroupService groups, TrustedSources trust, MeterRegistry meters) {
        return EventDispatcher.forConsumer(CONSUMER, trust, meters)
                .on(EventTypes.Registry.ORGANISATION_REGISTERED, event -> link(event, groups, meters))
                .build();
    }

    private static void link(IncomingEvent event, FounderGroupService groups, MeterRegistry meters) {
        RegisteredOrganisation registered = event.data(RegisteredOrganisation.class);
        if (registered.founderGroupId() == null) {
            return;
        }
        if (registered.organisationId() == null || !registered.organisationId().equals(event.subject())
                || registered.effectiveOn() == null || registered.actor() == null) {
            throw new UnreadableEventException("Registered event " + event.id() + " lacks its organisation, date or actor");
        }
        LinkOutcome outcome = groups.linkCooperative(registered.founderGroupId(), registered.organisationId(),
                registered.effectiveOn(), registered.actor());
        meters.counter("hoptac.founder.group.links", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
        switch (outcome) {
            case LINKED -> log.info("Founder group {} founded organisation {} on {}", registered.founderGroupId(),
                    registered.organisationId(), registered.effectiveOn());
            case ALREADY_LINKED -> log.debug("Founder group {} already linked to organisation {}", registered.founderGroupId(),
                    registered.organisationId());
            case LINKED_TO_ANOTHER -> log.warn("Organisation {} names founder group {}, which already founded another "
                    + "organisation: the link is refused (event {})", registered.organisationId(), registered.founderGroupId(),
                    event.id());
            case UNKNOWN_GROUP -> log.warn("Organisation {} names founder group {}, which is not recorded here: nothing "
                    + "to link (event {})", registered.organisationId(), registered.founderGroupId(), event.id());
        }
    }
}
