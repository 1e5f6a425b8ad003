package vn.hoptac.loan.dossier.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.hoptac.contracts.EventTypes.Registry;
import vn.hoptac.loan.dossier.application.LoanService;
import vn.hoptac.loan.organisation.application.OrganisationDirectory;
import vn.hoptac.loan.organisation.messaging.RegistryEvents;
import vn.hoptac.plumbing.consuming.EventDispatcher;
import vn.hoptac.plumbing.consuming.TrustedSources;
import vn.hoptac.plumbing.consuming.EventHandler;
import vn.hoptac.plumbing.consuming.IncomingEvent;

/**
 * The binding {@code registryEvents} on {@code registry.events}: the local copy of organisations,
 * and the consequences of a dissolution for dossiers and loans.
 */
@Configuration
class RegistryEventsConsumer {

    static final String CONSUMER = "loan-service";

    @Bean
    Consumer<Message<byte[]>> registryEvents(OrganisationDirectory directory, LoanService loans, TrustedSources trust,
            MeterRegistry meters) {
        EventHandler copy = directory::apply;
        return EventDispatcher.forConsumer(CONSUMER, trust, meters)
                .on(Registry.ORGANISATION_REGISTERED, copy)
                .on(Registry.ORGANISATION_PROFILE_CHANGED, copy)
                .on(Registry.ORGANISATION_CONVERTED, copy)
                .on(Registry.ORGANISATION_SUSPENDED, copy)
                .on(Registry.ORGANISATION_RESUMED, copy)
                .on(Registry.ORGANISATION_DISSOLVED, event -> dissolved(event, directory, loans))
                .build();
    }

    /**
     * The dossiers and loans first, then the copy: a crash in between redelivers the event, and the
     * dossier commands are harmless to repeat, while the copy is applied once.
     */
    private static void dissolved(IncomingEvent event, OrganisationDirectory directory, LoanService loans) {
        RegistryEvents.OrganisationChange change = event.data(RegistryEvents.OrganisationChange.class);
        String reason = "The organisation was dissolved on " + change.effectiveOn()
                + (change.reason() == null ? "" : ": " + change.reason());
        loans.organisationDissolved(change.organisationId(), reason, LocalDate.parse(change.effectiveOn()));
        directory.apply(event);
    }
}
