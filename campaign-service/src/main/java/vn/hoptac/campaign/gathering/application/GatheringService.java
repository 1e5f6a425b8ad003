package vn.hoptac.campaign.gathering.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.hoptac.campaign.gathering.domain.Gathering;
import vn.hoptac.campaign.gathering.domain.GatheringTerms;
import vn.hoptac.campaign.gathering.persistence.GatheringDocument;
import vn.hoptac.campaign.gathering.persistence.GatheringStore;
import vn.hoptac.campaign.plan.application.PlanService;
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.campaign.plan.domain.ProvinceRules;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.outbox.AggregateRepository.Created;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.web.IdempotentRequest;

/** Classes, conferences and tours: recorded for an activity of an issued plan, corrected, and commendations awarded. */
@Service
public class GatheringService {

    private final GatheringStore store;
    private final PlanService plans;
    private final Alliance alliance;
    private final BusinessCalendar calendar;
    private final ProvinceRules provinces;
    private final Clock clock;

    public GatheringService(GatheringStore store, PlanService plans, Alliance alliance, BusinessCalendar calendar,
            ProvinceRules provinces, Clock clock) {
        this.store = store;
        this.plans = plans;
        this.alliance = alliance;
        this.calendar = calendar;
        this.provinces = provinces;
        this.clock = clock;
    }

    /** Records a gathering, once per idempotency key (a bulk import uses the row's identity as its key). */
    public Created<Gathering> record(String planId, int activityNumber, GatheringTerms terms, int attendance,
            List<String> organisationIds, IdempotentRequest request, String actor) {
        Period period = plans.get(planId).aggregate().acceptsRecordsFor(activityNumber);
        String id = UUID.randomUUID().toString();
        Gathering.Recording recording = Gathering.record(id, planId, activityNumber, period, terms, attendance, organisationIds,
                provinces, alliance.provinceCode(), calendar.today(), actor);
        return store.create(new GatheringDocument(id, clock.instant()), recording.gathering(), List.of(recording.event()),
                request);
    }

    public Versioned<Gathering> get(String id) {
        return store.get(id);
    }

    public List<Versioned<Gathering>> ofPlan(String planId, Integer activityNumber) {
        plans.get(planId);
        return store.ofPlan(planId, activityNumber);
    }

    public Versioned<Gathering> correctAttendance(String id, long version, int attendance, List<String> organisationIds,
            LocalDate on, String actor) {
        return store.change(id, version, gathering -> gathering.correctAttendance(attendance, organisationIds,
                calendar.orToday(on), calendar.today(), actor));
    }

    public Versioned<Gathering> award(String id, long version, String organisationId, String title, String awardedBy,
            String actor) {
        String commendationId = UUID.randomUUID().toString();
        return store.change(id, version, gathering -> List.of(gathering.award(commendationId, organisationId, title, awardedBy,
                calendar.today(), actor)));
    }
}
