package vn.hoptac.campaign.plan.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.lease.StoreLease;

/**
 * The daily check that marks overdue every activity still open after its window closed, for
 * Vietnam's business date. One instance at a time runs it: it holds a lease in the store while it runs.
 */
@Component
public class OverdueJob {

    public static final String ACTOR = "overdue-job";
    private static final Logger log = LoggerFactory.getLogger(OverdueJob.class);

    private final PlanService plans;
    private final PlanMetrics metrics;
    private final BusinessCalendar calendar;
    private final StoreLease lease;

    public OverdueJob(PlanService plans, PlanMetrics metrics, BusinessCalendar calendar, MongoTemplate mongo, Clock clock) {
        this.plans = plans;
        this.metrics = metrics;
        this.calendar = calendar;
        this.lease = new StoreLease(mongo, "overdue-job", UUID.randomUUID().toString(), Duration.ofMinutes(10), clock);
    }

    /** What a run did. */
    public record Run(LocalDate businessDate, int activitiesMarked) {
    }

    /** Runs the check for a business date (the endpoint's, or today's at 00:15 in Vietnam). */
    public synchronized Run run(LocalDate businessDate, String actor) {
        if (!lease.holdOrAcquire()) {
            throw new ConflictException("The overdue check is running on another instance; try again when it is done.");
        }
        try {
            int marked = plans.markOverdue(businessDate, actor);
            log.info("Overdue check for {}: {} activities marked overdue", businessDate, marked);
            return new Run(businessDate, marked);
        } finally {
            lease.release();
            metrics.recount();
        }
    }

    @Scheduled(cron = "${hoptac.campaigns.overdue-cron:0 15 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        try {
            run(calendar.today(), ACTOR);
        } catch (ConflictException elsewhere) {
            log.info("Skipped the daily overdue check: {}", elsewhere.getMessage());
        }
    }
}
