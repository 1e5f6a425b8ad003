package vn.hoptac.campaign.gathering.web;

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
import vn.hoptac.campaign.gathering.application.GatheringService;
import vn.hoptac.campaign.gathering.domain.Gathering;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.security.Actor;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;
import vn.hoptac.plumbing.web.IdempotentRequest;
import vn.hoptac.plumbing.web.IfMatch;
import vn.hoptac.plumbing.web.Versions;

/** Classes, conferences and tours over HTTP: {@code /api/v1/gatherings}, each for an activity of an issued plan. */
@RestController
@RequestMapping("/api/v1/gatherings")
public class GatheringController {

    private final GatheringService gatherings;

    public GatheringController(GatheringService gatherings) {
        this.gatherings = gatherings;
    }

    /** Records a gathering; an Idempotency-Key makes a retried recording create one. */
    @Allowed(Role.CAMPAIGN_OFFICER)
    @ApiResponse(responseCode = "201", description = "Recorded; Location and ETag name it")
    @PostMapping
    public ResponseEntity<GatheringView> record(@Valid @RequestBody GatheringRequests.Recording request, Actor actor,
            @RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey) {
        var recorded = gatherings.record(request.planId(), request.activityNumber(), request.toTerms(), request.attendance(),
                request.organisationIds(), IdempotentRequest.of(idempotencyKey, request), actor.id());
        Versioned<Gathering> gathering = recorded.aggregate();
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/gatherings/" + gathering.aggregate().id()))
                .eTag(Versions.etag(gathering.version())).header("Idempotency-Replayed", Boolean.toString(recorded.replayed()))
                .body(GatheringView.of(gathering));
    }

    /** The gatherings of a plan, or of one of its activities, by the date held. */
    @Allowed(Role.VIEWER)
    @GetMapping
    public List<GatheringView> ofPlan(@RequestParam String planId, @RequestParam(required = false) Integer activityNumber) {
        return gatherings.ofPlan(planId, activityNumber).stream().map(GatheringView::of).toList();
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/{id}")
    public ResponseEntity<GatheringView> get(@PathVariable String id) {
        return ok(gatherings.get(id));
    }

    @Allowed(Role.CAMPAIGN_OFFICER)
    @PutMapping("/{id}/attendance")
    public ResponseEntity<GatheringView> correctAttendance(@PathVariable String id,
            @Valid @RequestBody GatheringRequests.AttendanceCorrection request, Actor actor, @IfMatch long version) {
        return ok(gatherings.correctAttendance(id, version, request.attendance(), request.organisationIds(), request.on(),
                actor.id()));
    }

    /** Awards a commendation to an organisation at this conference. */
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/{id}/commendations")
    public ResponseEntity<GatheringView> award(@PathVariable String id, @Valid @RequestBody GatheringRequests.Award request,
            Actor actor, @IfMatch long version) {
        return ok(gatherings.award(id, version, request.organisationId(), request.title(), request.awardedBy(), actor.id()));
    }

    private static ResponseEntity<GatheringView> ok(Versioned<Gathering> gathering) {
        return ResponseEntity.ok().eTag(Versions.etag(gathering.version())).body(GatheringView.of(gathering));
    }
}
