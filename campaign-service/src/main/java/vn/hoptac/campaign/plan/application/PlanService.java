package vn.hoptac.campaign.plan.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.hoptac.campaign.plan.domain.ActivityTerms;
import vn.hoptac.campaign.plan.domain.Plan;
import vn.hoptac.campaign.plan.domain.PlanEvent;
import vn.hoptac.campaign.plan.domain.PlanHeading;
import vn.hoptac.campaign.plan.domain.PlanKind;
import vn.hoptac.campaign.plan.domain.PlanStatus;
import vn.hoptac.campaign.plan.domain.ProvinceRules;
import vn.hoptac.campaign.plan.domain.Texts;
import vn.hoptac.campaign.plan.persistence.PlanDocument;
import vn.hoptac.campaign.plan.persistence.PlanStore;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.outbox.AggregateRepository.Created;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.web.IdempotentRequest;

/**
 * The plans' use cases: each loads one plan, lets it decide, and stores its state and events
 * together. Changes by a client name the version they read; the daily overdue check works on the latest.
 */
@Service
public class PlanService {

    public static final int MAX_LISTED = 200;

    private final PlanStore store;
    private final Alliance alliance;
    private final BusinessCalendar calendar;
    private final ProvinceRules provinces;
    private final Clock clock;

    public PlanService(PlanStore store, Alliance alliance, BusinessCalendar calendar, ProvinceRules provinces, Clock clock) {
        this.store = store;
        this.alliance = alliance;
        this.calendar = calendar;
        this.provinces = provinces;
        this.clock = clock;
    }

    /** Drafts a plan, once per idempotency key; {@code draftedOn} defaults to today in Vietnam. */
    public Created<Plan> draft(PlanHeading heading, LocalDate draftedOn, IdempotentRequest request, String actor) {
        String id = UUID.randomUUID().toString();
        Plan.Drafting drafting = Plan.draft(id, heading, alliance.provinceCode(), calendar.orToday(draftedOn), calendar.today(),
                actor);
        return store.create(new PlanDocument(id, clock.instant()), drafting.plan(), List.of(drafting.event()), request);
    }

    public Versioned<Plan> get(String id) {
        return store.get(id);
    }

    /** The plan issued under {@code number} whose period holds {@code day}: how an officer names a plan in a spreadsheet. */
    public Versioned<Plan> issuedUnder(String number, LocalDate day) {
        List<Versioned<Plan>> covering = store.issuedUnder(Texts.tidy(number)).stream()
                .filter(p -> day == null || p.aggregate().heading().period().contains(day)).toList();
        if (covering.size() != 1) {
            throw new InvalidFieldException("planNumber", covering.isEmpty()
                    ? "no plan issued under " + number + " covers " + day
                    : covering.size() + " plans issued under " + number + " cover " + day + ": give planId");
        }
        return covering.get(0);
    }

    public List<Versioned<Plan>> list(PlanKind kind, PlanStatus status, Integer year) {
        return store.list(kind, status, year, MAX_LISTED);
    }

    public Versioned<Plan> amend(String id, long version, PlanHeading heading, LocalDate on, String actor) {
        return store.change(id, version, plan -> List.of(plan.amend(heading, calendar.orToday(on), calendar.today(),
                actor)));
    }

    /** Issues the plan under its number; a number is issued once a year by the alliance. */
    public Versioned<Plan> issue(String id, long version, String number, LocalDate issuedOn, String actor) {
        LocalDate on = calendar.orToday(issuedOn);
        String tidy = Texts.tidy(number);
        if (tidy != null) {
            store.issuedAs(tidy, on.getYear()).filter(other -> !other.equals(id)).ifPresent(other -> {
                throw new InvalidFieldException("number", "was already issued in " + on.getYear() + " as plan " + other);
            });
        }
        try {
            return store.change(id, version, plan -> List.of(plan.issue(number, on, calendar.today(), actor)));
        } catch (DuplicateKeyException raced) {
            throw new InvalidFieldException("number", "was issued in " + on.getYear() + " by another plan just now");
        }
    }

    public Versioned<Plan> close(String id, long version, String assessment, LocalDate closedOn, String actor) {
        return store.change(id, version, plan -> List.of(plan.close(assessment, calendar.orToday(closedOn), calendar.today(),
                actor)));
    }

    public Versioned<Plan> addActivity(String id, long version, int number, ActivityTerms terms, LocalDate on, String actor) {
        return store.change(id, version, plan -> List.of(plan.addActivity(number, terms, provinces, calendar.orToday(on),
                calendar.today(), actor)));
    }

    public Versioned<Plan> amendActivity(String id, long version, int number, ActivityTerms terms, LocalDate on,
            String actor) {
        return store.change(id, version, plan -> List.of(plan.amendActivity(number, terms, provinces, calendar.orToday(on),
                calendar.today(), actor)));
    }

    public Versioned<Plan> startActivity(String id, long version, int number, LocalDate on, String actor) {
        return store.change(id, version, plan -> List.of(plan.startActivity(number, calendar.orToday(on), calendar.today(),
                actor)));
    }

    public Versioned<Plan> completeActivity(String id, long version, int number, String result, LocalDate on, String actor) {
        return store.change(id, version, plan -> List.of(plan.completeActivity(number, result, calendar.orToday(on),
                calendar.today(), actor)));
    }

    public Versioned<Plan> cancelActivity(String id, long version, int number, String reason, LocalDate on, String actor) {
        return store.change(id, version, plan -> List.of(plan.cancelActivity(number, reason, calendar.orToday(on),
                calendar.today(), actor)));
    }

    /** Marks overdue, on {@code businessDate}, every open activity whose window closed before it; the count marked. */
    public int markOverdue(LocalDate businessDate, String actor) {
        int marked = 0;
        for (String planId : store.withActivitiesFallingOverdue(businessDate)) {
            int[] count = {0};
            store.changeLatest(planId, plan -> {
                List<PlanEvent> events = plan.markOverdue(businessDate, actor);
                count[0] = events.size();
                return events;
            });
            marked += count[0];
        }
        return marked;
    }

}
