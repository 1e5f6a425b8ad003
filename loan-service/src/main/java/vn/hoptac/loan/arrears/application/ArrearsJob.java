package vn.hoptac.loan.arrears.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hoptac.loan.dossier.application.LoanService;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.lease.StoreLease;

/**
 * The daily ageing of loans into arrears buckets, for Vietnam's business date. One instance at a
 * time runs it, whichever instances are up: it holds a lease in the store while it runs.
 */
@Component
public class ArrearsJob {

    private static final Logger log = LoggerFactory.getLogger(ArrearsJob.class);

    private final LoanService loans;
    private final BusinessCalendar calendar;
    private final StoreLease lease;

    public ArrearsJob(LoanService loans, BusinessCalendar calendar, MongoTemplate mongo, Clock clock) {
        this.loans = loans;
        this.calendar = calendar;
        this.lease = new StoreLease(mongo, "arrears-job", java.util.UUID.randomUUID().toString(), Duration.ofMinutes(10), clock);
    }

    /** What a run did. */
    public record Run(LocalDate businessDate, int loansMoved) {
    }

    /** Runs the ageing for a business date (the endpoint's, or today's at 00:30 in Vietnam). */
    public synchronized Run run(LocalDate businessDate, String actor) {
        if (!lease.holdOrAcquire()) {
            throw new ConflictException("The arrears job is running on another instance; try again when it is done.");
        }
        try {
            int moved = loans.age(businessDate, actor);
            log.info("Arrears run for {}: {} loans changed bucket", businessDate, moved);
            return new Run(businessDate, moved);
        } finally {
            lease.release();
        }
    }

    @Scheduled(cron = "${hoptac.loans.arrears-cron:0 30 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        try {
            run(calendar.today(), "arrears-job");
        } catch (ConflictException elsewhere) {
            log.info("Skipped the daily arrears run: {}", elsewhere.getMessage());
        }
    }
}
