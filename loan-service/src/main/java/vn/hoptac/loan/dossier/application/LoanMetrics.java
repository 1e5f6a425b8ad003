package vn.hoptac.loan.dossier.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hoptac.loan.dossier.domain.LoanDossier;
import vn.hoptac.loan.dossier.domain.LoanStatus;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.loan.dossier.persistence.LoanStore;
import vn.hoptac.plumbing.alliance.BusinessCalendar;

/**
 * The fund's business meters: amounts disbursed and recovered (counted as they happen), the
 * outstanding principal and loans by status and arrears bucket (recounted in the background).
 */
@Component
public class LoanMetrics {

    private final LoanStore store;
    private final BusinessCalendar calendar;
    private final Counter disbursed;
    private final Counter recovered;
    private final AtomicLong outstanding = new AtomicLong();
    private final MultiGauge loans;

    public LoanMetrics(LoanStore store, BusinessCalendar calendar, MeterRegistry meters) {
        this.store = store;
        this.calendar = calendar;
        this.disbursed = Counter.builder("hoptac.loans.disbursed").baseUnit("vnd")
                .description("Money disbursed to cooperatives").register(meters);
        this.recovered = Counter.builder("hoptac.loans.principal.recovered").baseUnit("vnd")
                .description("Principal repaid or recovered").register(meters);
        Gauge.builder("hoptac.loans.outstanding.principal", outstanding, AtomicLong::get).baseUnit("vnd")
                .description("Principal lent and not yet repaid, written-off loans excluded").register(meters);
        this.loans = MultiGauge.builder("hoptac.loans").description("Loan dossiers by status and arrears bucket").register(meters);
    }

    public void disbursed(long amount) {
        disbursed.increment(amount);
    }

    public void recovered(long amount) {
        recovered.increment(amount);
    }

    @Scheduled(fixedDelayString = "${hoptac.loans.metrics-every:30s}", initialDelay = 0)
    void recount() {
        Map<Tags, Long> counts = new HashMap<>();
        long principal = 0;
        for (Versioned<LoanDossier> stored : store.all()) {
            LoanDossier dossier = stored.aggregate();
            String bucket = dossier.status() == LoanStatus.ACTIVE ? dossier.loan().bucket().name() : "NONE";
            counts.merge(Tags.of("status", dossier.status().name(), "bucket", bucket), 1L, Long::sum);
            if (dossier.status() == LoanStatus.ACTIVE) {
                principal += dossier.account().positionAsOf(calendar.today()).outstandingPrincipal();
            }
        }
        outstanding.set(principal);
        loans.register(counts.entrySet().stream().map(e -> MultiGauge.Row.of(e.getKey(), e.getValue())).toList(), true);
    }
}
