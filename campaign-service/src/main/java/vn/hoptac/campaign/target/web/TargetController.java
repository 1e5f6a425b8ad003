package vn.hoptac.campaign.target.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.campaign.target.application.Progress;
import vn.hoptac.campaign.target.application.TargetService;
import vn.hoptac.campaign.target.domain.Goal;
import vn.hoptac.campaign.target.domain.Target;
import vn.hoptac.campaign.target.domain.TargetTerms;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.security.Actor;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;
import vn.hoptac.plumbing.web.IdempotentRequest;
import vn.hoptac.plumbing.web.IfMatch;
import vn.hoptac.plumbing.web.Versions;

/** Targets of plans and their progress: {@code /api/v1/targets}. */
@RestController
@RequestMapping("/api/v1/targets")
public class TargetController {

    private final TargetService targets;

    public TargetController(TargetService targets) {
        this.targets = targets;
    }

    /** A target of plan {@code planId} (of its activity {@code activityNumber} when given): indicator, filter, window, goal. */
    record Setting(@NotBlank @Size(max = 64) String planId, @Min(1) @Max(999) Integer activityNumber,
            @NotBlank @Size(max = 100) String indicatorId, @Size(max = 5) Map<@Size(max = 50) String, @Size(max = 100) String> filter,
            @NotNull LocalDate windowFrom, @NotNull LocalDate windowTo, @NotNull Long atLeast, Long atMost, LocalDate on) {

        TargetTerms terms() {
            return new TargetTerms(indicatorId, filter, new Period(windowFrom, windowTo), new Goal(atLeast, atMost));
        }
    }

    /** New terms of a target. */
    record Change(@NotBlank @Size(max = 100) String indicatorId,
            @Size(max = 5) Map<@Size(max = 50) String, @Size(max = 100) String> filter, @NotNull LocalDate windowFrom,
            @NotNull LocalDate windowTo, @NotNull Long atLeast, Long atMost, LocalDate on) {

        TargetTerms terms() {
            return new TargetTerms(indicatorId, filter, new Period(windowFrom, windowTo), new Goal(atLeast, atMost));
        }
    }

    /** A target as the API shows it. */
    record TargetView(String id, String planId, Integer activityNumber, String indicatorId, int indicatorVersion,
            Map<String, String> filter, LocalDate windowFrom, LocalDate windowTo, long atLeast, Long atMost, long actual,
            boolean reached, Target.Reaching reachedBy, long version) {

        static TargetView of(Versioned<Target> stored) {
            Target t = stored.aggregate();
            TargetTerms terms = t.terms();
            return new TargetView(t.id(), t.planId(), t.activityNumber(), terms.indicatorId(), t.indicatorVersion(),
                    terms.filter(), terms.window().from(), terms.window().to(), terms.goal().atLeast(), terms.goal().atMost(),
                    t.actual(), t.reached().isPresent(), t.reached().orElse(null), stored.version());
        }
    }

    /** Sets a target; an Idempotency-Key makes a retried request set one. */
    @Allowed(Role.CAMPAIGN_OFFICER)
    @ApiResponse(responseCode = "201", description = "Set; Location and ETag name it")
    @PostMapping
    public ResponseEntity<TargetView> set(@Valid @RequestBody Setting request, Actor actor,
            @RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey) {
        var set = targets.set(request.planId(), request.activityNumber(), request.terms(), request.on(),
                IdempotentRequest.of(idempotencyKey, request), actor.id());
        Versioned<Target> target = targets.get(set.aggregate().aggregate().id());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/targets/" + target.aggregate().id()))
                .eTag(Versions.etag(target.version())).header("Idempotency-Replayed", Boolean.toString(set.replayed()))
                .body(TargetView.of(target));
    }

    @Allowed(Role.VIEWER)
    @GetMapping
    public List<TargetView> ofPlan(@RequestParam String planId) {
        return targets.ofPlan(planId).stream().map(TargetView::of).toList();
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/{id}")
    public ResponseEntity<TargetView> get(@PathVariable String id) {
        Versioned<Target> target = targets.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(target.version())).body(TargetView.of(target));
    }

    @Allowed(Role.CAMPAIGN_OFFICER)
    @PutMapping("/{id}")
    public ResponseEntity<TargetView> change(@PathVariable String id, @Valid @RequestBody Change request, Actor actor,
            @IfMatch long version) {
        Versioned<Target> target = targets.change(id, version, request.terms(), request.on(), actor.id());
        return ResponseEntity.ok().eTag(Versions.etag(target.version())).body(TargetView.of(target));
    }

    /** The actual against the goal as of a business date, and the events that make it up. */
    @Allowed(Role.VIEWER)
    @GetMapping("/{id}/progress")
    public Progress progress(@PathVariable String id, @RequestParam(required = false) LocalDate asOf) {
        return targets.progress(id, asOf);
    }
}
