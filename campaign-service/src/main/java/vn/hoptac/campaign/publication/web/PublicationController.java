package vn.hoptac.campaign.publication.web;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.campaign.publication.application.PublicationService;
import vn.hoptac.campaign.publication.domain.Publication;
import vn.hoptac.campaign.publication.domain.PublicationKind;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.security.Actor;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;
import vn.hoptac.plumbing.web.IdempotentRequest;
import vn.hoptac.plumbing.web.IfMatch;
import vn.hoptac.plumbing.web.Versions;

/** Newsletter issues and press pages over HTTP: {@code /api/v1/publications}, each for an activity of an issued plan. */
@RestController
@RequestMapping("/api/v1/publications")
public class PublicationController {

    private final PublicationService publications;

    public PublicationController(PublicationService publications) {
        this.publications = publications;
    }

    /** A newsletter issue (with its number) or a press page (with its outlet), prepared within the plan's period. */
    record Recording(@NotBlank @Size(max = 64) String planId, @NotNull @Min(1) @Max(999) Integer activityNumber,
            @NotNull PublicationKind kind, @NotBlank @Size(max = 500) String title,
            @Min(1) @Max(Publication.MAX_ISSUE_NUMBER) Integer issueNumber, @Size(max = 255) String outlet,
            @NotNull LocalDate preparedFrom, @NotNull LocalDate preparedTo) {
    }

    record Release(LocalDate publishedOn) {
    }

    /** A publication as the API shows it. */
    record PublicationView(String id, String planId, int activityNumber, PublicationKind kind, String title,
            Integer issueNumber, String outlet, LocalDate preparedFrom, LocalDate preparedTo, LocalDate publishedOn,
            long version) {

        static PublicationView of(Versioned<Publication> stored) {
            Publication p = stored.aggregate();
            return new PublicationView(p.id(), p.planId(), p.activityNumber(), p.kind(), p.title(), p.issueNumber(),
                    p.outlet(), p.preparation().from(), p.preparation().to(), p.publishedOn(), stored.version());
        }
    }

    /** Records a publication; an Idempotency-Key makes a retried recording create one. */
    @Allowed(Role.CAMPAIGN_OFFICER)
    @ApiResponse(responseCode = "201", description = "Recorded; Location and ETag name it")
    @PostMapping
    public ResponseEntity<PublicationView> record(@Valid @RequestBody Recording request, Actor actor,
            @RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey) {
        var recorded = publications.record(request.planId(), request.activityNumber(), request.kind(), request.title(),
                request.issueNumber(), request.outlet(), new Period(request.preparedFrom(), request.preparedTo()),
                IdempotentRequest.of(idempotencyKey, request), actor.id());
        Versioned<Publication> publication = recorded.aggregate();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/publications/" + publication.aggregate().id()))
                .eTag(Versions.etag(publication.version()))
                .header("Idempotency-Replayed", Boolean.toString(recorded.replayed())).body(PublicationView.of(publication));
    }

    @Allowed(Role.VIEWER)
    @GetMapping
    public List<PublicationView> ofPlan(@RequestParam String planId) {
        return publications.ofPlan(planId).stream().map(PublicationView::of).toList();
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/{id}")
    public ResponseEntity<PublicationView> get(@PathVariable String id) {
        return ok(publications.get(id));
    }

    /** The publication came out ({@code publishedOn} defaults to today in Vietnam). */
    @Allowed(Role.CAMPAIGN_OFFICER)
    @PostMapping("/{id}/release")
    public ResponseEntity<PublicationView> release(@PathVariable String id, @Valid @RequestBody Release request, Actor actor,
            @IfMatch long version) {
        return ok(publications.publish(id, version, request.publishedOn(), actor.id()));
    }

    private static ResponseEntity<PublicationView> ok(Versioned<Publication> publication) {
        return ResponseEntity.ok().eTag(Versions.etag(publication.version())).body(PublicationView.of(publication));
    }
}
