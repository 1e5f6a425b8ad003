package vn.hoptac.campaign.plan.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hoptac.campaign.plan.domain.Activity;
import vn.hoptac.campaign.plan.domain.ActivityStatus;
import vn.hoptac.campaign.plan.domain.Plan;
import vn.hoptac.campaign.plan.domain.PlanStatus;
import vn.hoptac.campaign.plan.persistence.PlanStore;

/**
 * The campaigns' meters, recounted in the background and after each overdue check: activities by
 * status ({@code hoptac.campaigns.activities}) and, for the alert, the overdue activities of each
 * issued plan ({@code hoptac.campaigns.activities.overdue}, tagged with the plan's id and number).
 */
@Component
public class PlanMetrics {

    private final PlanStore store;
    private final MultiGauge activities;
    private final MultiGauge overdue;

    public PlanMetrics(PlanStore store, MeterRegistry meters) {
        this.store = store;
        this.activities = MultiGauge.builder("hoptac.campaigns.activities")
                .description("Activities of the alliance's plans by status").register(meters);
        this.overdue = MultiGauge.builder("hoptac.campaigns.activities.overdue")
                .description("Open activities past their window, per issued plan").register(meters);
    }

    @Scheduled(fixedDelayString = "${hoptac.campaigns.metrics-every:30s}", initialDelay = 0)
    public synchronized void recount() {
        Map<Tags, Long> byStatus = new HashMap<>();
        for (ActivityStatus status : ActivityStatus.values()) {
            byStatus.put(Tags.of("status", status.name()), 0L);
        }
        Map<Tags, Long> overdueByPlan = new HashMap<>();
        List<Plan> plans = store.all();
        for (Plan plan : plans) {
            for (Activity activity : plan.activities()) {
                byStatus.merge(Tags.of("status", activity.status().name()), 1L, Long::sum);
            }
            if (plan.status() == PlanStatus.ISSUED) {
                overdueByPlan.put(Tags.of("plan", plan.id(), "number", plan.number()), plan.overdueActivities());
            }
        }
        activities.register(rows(byStatus), true);
        overdue.register(rows(overdueByPlan), true);
    }

    private static List<MultiGauge.Row<?>> rows(Map<Tags, Long> counts) {
        return counts.entrySet().stream().<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(e.getKey(), e.getValue())).toList();
    }
}
