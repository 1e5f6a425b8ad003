package vn.hoptac.campaign.publication.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.hoptac.campaign.plan.application.PlanService;
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.campaign.publication.domain.Publication;
import vn.hoptac.campaign.publication.domain.PublicationKind;
import vn.hoptac.campaign.publication.persistence.PublicationDocument;
import vn.hoptac.campaign.publication.persistence.PublicationStore;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.outbox.AggregateRepository.Created;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.web.IdempotentRequest;

/** Newsletter issues and press pages of a plan's activities: recorded, then published. */
@Service
public class PublicationService {

    private final PublicationStore store;
    private final PlanService plans;
    private final Alliance alliance;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public PublicationService(PublicationStore store, PlanService plans, Alliance alliance, BusinessCalendar calendar,
            Clock clock) {
        this.store = store;
        this.plans = plans;
        this.alliance = alliance;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Records a publication, once per idempotency key; a newsletter issue number is used once. */
    public Created<Publication> record(String planId, int activityNumber, PublicationKind kind, String title,
            Integer issueNumber, String outlet, Period preparation, IdempotentRequest request, String actor) {
        Period period = plans.get(planId).aggregate().acceptsRecordsFor(activityNumber);
        String id = UUID.randomUUID().toString();
        Publication.Recording recording = Publication.record(id, planId, activityNumber, period, kind, title, issueNumber,
                outlet, preparation, alliance.provinceCode(), calendar.today(), actor);
        try {
            return store.create(new PublicationDocument(id, clock.instant()), recording.publication(),
                    List.of(recording.event()), request);
        } catch (DuplicateKeyException e) {
            String holder = store.newsletterIssue(issueNumber).map(p -> p.aggregate().id()).orElse("another publication");
            throw new InvalidFieldException("issueNumber", "newsletter issue " + issueNumber + " is already recorded ("
                    + holder + ")");
        }
    }

    public Versioned<Publication> get(String id) {
        return store.get(id);
    }

    public List<Versioned<Publication>> ofPlan(String planId) {
        plans.get(planId);
        return store.ofPlan(planId);
    }

    public Versioned<Publication> publish(String id, long version, LocalDate on, String actor) {
        return store.change(id, version, publication -> List.of(publication.publish(calendar.orToday(on), calendar.today(),
                actor)));
    }
}
