package vn.hoptac.campaign.target.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.hoptac.campaign.target.application.PublishedIndicators;
import vn.hoptac.campaign.target.application.TargetService;
import vn.hoptac.campaign.target.persistence.CountedEvent;
import vn.hoptac.plumbing.consuming.EventDispatcher;
import vn.hoptac.plumbing.consuming.IncomingEvent;
import vn.hoptac.plumbing.consuming.TrustedSources;

/**
 * The progress consumer: every event type a published indicator reads, from the registry's, the
 * loan service's and this service's own topic, through the shared dispatcher (trusted sources, dead
 * letters). Each is kept once by its id, then the targets it may have reached are checked.
 */
@Configuration
class IndicatorEventsConsumer {

    static final String CONSUMER = "campaign-service-targets";

    @Bean
    Consumer<Message<byte[]>> registryEvents(TargetService targets, PublishedIndicators indicators, TrustedSources trust,
            MeterRegistry meters, Clock clock) {
        return dispatcher("vn.hoptac.registry.", targets, indicators, trust, meters, clock);
    }

    @Bean
    Consumer<Message<byte[]>> loanEvents(TargetService targets, PublishedIndicators indicators, TrustedSources trust,
            MeterRegistry meters, Clock clock) {
        return dispatcher("vn.hoptac.loans.", targets, indicators, trust, meters, clock);
    }

    @Bean
    Consumer<Message<byte[]>> campaignEvents(TargetService targets, PublishedIndicators indicators, TrustedSources trust,
            MeterRegistry meters, Clock clock) {
        return dispatcher("vn.hoptac.campaigns.", targets, indicators, trust, meters, clock);
    }

    private static EventDispatcher dispatcher(String typePrefix, TargetService targets, PublishedIndicators indicators,
            TrustedSources trust, MeterRegistry meters, Clock clock) {
        EventDispatcher.Builder builder = EventDispatcher.forConsumer(CONSUMER, trust, meters);
        indicators.catalog().eventTypes().stream().filter(type -> type.startsWith(typePrefix)).sorted()
                .forEach(type -> builder.on(type, event -> targets.count(kept(event, clock))));
        return builder.build();
    }

    private static CountedEvent kept(IncomingEvent event, Clock clock) {
        return new CountedEvent(event.id(), event.type(), event.source(), event.subject(), event.sequence(), event.data(),
                clock.instant());
    }
}
