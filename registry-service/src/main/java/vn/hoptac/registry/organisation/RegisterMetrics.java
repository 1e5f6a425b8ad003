package vn.hoptac.registry.organisation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hoptac.registry.organisation.persistence.OrganisationStore;

/** {@code hoptac.organisations{type,status}}: the register's size, recounted in the background. */
@Component
class RegisterMetrics {

    private final OrganisationStore store;
    private final MultiGauge organisations;

    RegisterMetrics(OrganisationStore store, MeterRegistry meters) {
        this.store = store;
        this.organisations = MultiGauge.builder("hoptac.organisations")
                .description("Organisations in the register by type and status").register(meters);
    }

    @Scheduled(fixedDelayString = "${hoptac.registry.metrics-every:30s}", initialDelay = 0)
    void recount() {
        organisations.register(store.countByTypeAndStatus().stream().map(row -> {
            var id = (org.bson.Document) row.get("_id");
            return MultiGauge.Row.of(Tags.of("type", String.valueOf(id.get("type")), "status", String.valueOf(id.get("status"))),
                    ((Number) row.get("count")).doubleValue());
        }).toList(), true);
    }
}
