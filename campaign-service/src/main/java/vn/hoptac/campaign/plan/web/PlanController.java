package vn.hoptac.campaign.plan.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoptac.campaign.plan.application.OverdueJob;
import vn.hoptac.campaign.plan.application.PlanService;
import vn.hoptac.campaign.plan.domain.Plan;
import vn.hoptac.campaign.plan.domain.PlanKind;
import vn.hoptac.campaign.plan.domain.PlanStatus;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.BadRequestException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.security.Actor;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;
import vn.hoptac.plumbing.web.IdempotentRequest;
import vn.hoptac.plumbing.web.IfMatch;
import vn.hoptac.plumbing.web.Versions;

/**
 * Plans and their activities over HTTP: {@code /api/v1/plans}. Campaign officers draft, issue, close
 * and change them, each change naming the version it read ({@code If-Match}); every officer reads them.
 */
@RestController
@RequestMapping("/api/v1")
public class PlanController {

    private final PlanService plans;
    private final OverdueJob overdue;
    private final BusinessCalendar calendar;

    public PlanController(PlanService plans, OverdueJob overdue, BusinessCalendar calendar) {
        this.plans = plans;
        this.overdue = overdue;
        this.calendar = calendar;
    }

    /** Drafts a plan; an Idempotency-Key makes a retried draft create one plan. */
    @Allowed(Role.CAMPAIGN_OFFICER)
    @ApiResponse(responseCode = "201", description = "Drafted; Location and ETag name the plan")
    @PostMapping("/plans")
    public ResponseEntity<PlanView> draft(@Valid @RequestBody PlanRequests.Heading request, Actor actor,
            @RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey) {
        var drafted = plans.draft(request.toHeading(), request.on(), IdempotentRequest.of(idempotencyKey, request), actor.id());
        Versioned<Plan> plan = drafted.aggregate();
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/plans/" + plan.aggregate().id()))
                .eTag(Versions.etag(plan.version())).header("Idempotency-Replayed", Boolean.toString(drafted.replayed()))
                .body(PlanView.of(plan));
    }

    /** Plans by kind, status and a year their period touches, newest first (at most {@value PlanService#MAX_LISTED}). */
    @Allowed(Role.VIEWER)
    @GetMapping("/plans")
    public List<PlanView> list(@RequestParam(required = false) PlanKind kind, @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) Integer year) {
        if (year != null && (year < 1945 || year > 2199)) {
            throw new BadRequestException("year", "year must be 1945 to 2199");
        }
        return plans.list(kind, status, year).stream().map(PlanView::of).toList();
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/plans/{id}")
    public ResponseEntity<PlanView> get(@PathVariable String id) {
        return ok(plans.get(id));
    }

    /** Changes a drafted plan's heading. */
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PutMapping("/plans/{id}/heading")
    public ResponseEntity<PlanView> amend(@PathVariable String id, @Valid @RequestBody PlanRequests.Heading request,
            Actor actor, @IfMatch long version) {
        return ok(plans.amend(id, version, request.toHeading(), request.on(), actor.id()));
    }

    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/plans/{id}/issue")
    public ResponseEntity<PlanView> issue(@PathVariable String id, @Valid @RequestBody PlanRequests.Issue request, Actor actor,
            @IfMatch long version) {
        return ok(plans.issue(id, version, request.number(), request.issuedOn(), actor.id()));
    }

    /** Closes an issued plan with its assessment; it is read-only from then on. */
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/plans/{id}/closure")
    public ResponseEntity<PlanView> close(@PathVariable String id, @Valid @RequestBody PlanRequests.Closure request,
            Actor actor, @IfMatch long version) {
        return ok(plans.close(id, version, request.assessment(), request.closedOn(), actor.id()));
    }

    /** Adds activity {@code number}: new in the plan, its window within the plan's period. */
    @Allowed(Role.CAMPAIGN_OFFICER)
    @ApiResponse(responseCode = "201", description = "Added; the ETag is the plan's new version")
    @PostMapping("/plans/{id}/activities")
    public ResponseEntity<PlanView> addActivity(@PathVariable String id, @Valid @RequestBody PlanRequests.ActivityBody request,
            Actor actor, @IfMatch long version) {
        if (request.number() == null) {
            throw new InvalidFieldException("number", "is required: the activity's number in the plan (1 to 999)");
        }
        Versioned<Plan> plan = plans.addActivity(id, version, request.number(), request.toTerms(), request.on(), actor.id());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/plans/" + id + "/activities/" + request.number()))
                .eTag(Versions.etag(plan.version())).body(PlanView.of(plan));
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/plans/{id}/activities/{number}")
    public ResponseEntity<PlanView.ActivityView> activity(@PathVariable String id, @PathVariable int number) {
        Versioned<Plan> plan = plans.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(plan.version()))
                .body(PlanView.ActivityView.of(plan.aggregate().require(number)));
    }

    /** Amends an open activity's terms (its number stays). */
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PutMapping("/plans/{id}/activities/{number}")
    public ResponseEntity<PlanView> amendActivity(@PathVariable String id, @PathVariable int number,
            @Valid @RequestBody PlanRequests.ActivityBody request, Actor actor, @IfMatch long version) {
        if (request.number() != null && request.number() != number) {
            throw new InvalidFieldException("number", "an activity keeps its number: " + number + " is in the path");
        }
        return ok(plans.amendActivity(id, version, number, request.toTerms(), request.on(), actor.id()));
    }

    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/plans/{id}/activities/{number}/start")
    public ResponseEntity<PlanView> start(@PathVariable String id, @PathVariable int number,
            @Valid @RequestBody PlanRequests.Start request, Actor actor, @IfMatch long version) {
        return ok(plans.startActivity(id, version, number, request.on(), actor.id()));
    }

    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/plans/{id}/activities/{number}/completion")
    public ResponseEntity<PlanView> complete(@PathVariable String id, @PathVariable int number,
            @Valid @RequestBody PlanRequests.Completion request, Actor actor, @IfMatch long version) {
        return ok(plans.completeActivity(id, version, number, request.result(), request.on(), actor.id()));
    }

    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/plans/{id}/activities/{number}/cancellation")
    public ResponseEntity<PlanView> cancel(@PathVariable String id, @PathVariable int number,
            @Valid @RequestBody PlanRequests.Cancellation request, Actor actor, @IfMatch long version) {
        return ok(plans.cancelActivity(id, version, number, request.reason(), request.on(), actor.id()));
    }

    /** Runs the daily overdue check for a business date, e.g. to catch up a missed day. */
    @Allowed(Role.OPERATOR)
    @PostMapping("/overdue-runs")
    public OverdueJob.Run runOverdue(@Valid @RequestBody PlanRequests.OverdueRun request, Actor actor) {
        return overdue.run(calendar.happened("businessDate", request.businessDate()), actor.id());
    }

    private static ResponseEntity<PlanView> ok(Versioned<Plan> plan) {
        return ResponseEntity.ok().eTag(Versions.etag(plan.version())).body(PlanView.of(plan));
    }
}
