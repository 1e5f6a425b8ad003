package vn.hoptac.registry.foundergroup.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpHeaders;
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
import vn.hoptac.plumbing.errors.BadRequestException;
import vn.hoptac.plumbing.security.Actor;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;
import vn.hoptac.plumbing.web.IdempotentRequest;
import vn.hoptac.plumbing.web.IfMatch;
import vn.hoptac.plumbing.web.Versions;
import vn.hoptac.registry.foundergroup.application.FounderGroupService;
import vn.hoptac.registry.foundergroup.domain.FounderGroupConversion;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.registry.foundergroup.domain.FounderGroup;

/**
 * Founder groups over HTTP: {@code /api/v1/founder-groups}. Every change names its actor and, but for
 * recording, the version it was based on. A group is linked to its cooperative by registering the
 * cooperative with {@code founderGroupId} ({@code POST /api/v1/organisations}), not here.
 */
@RestController
@RequestMapping("/api/v1/founder-groups")
public class FounderGroupController {

    private static final int MAX_PAGE_SIZE = 100;

    private final FounderGroupService groups;

    public FounderGroupController(FounderGroupService groups) {
        this.groups = groups;
    }

    @Allowed(Role.REGISTRY_OFFICER)
    @ApiResponse(responseCode = "201", description = "Recorded; Location and ETag name it")
    @PostMapping
    public ResponseEntity<FounderGroupView> record(@Valid @RequestBody FounderGroupRequests.Recording request,
            Actor actor, @RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey) {
        var recorded = groups.record(request.name(), request.contact(), request.intendedSector(), request.commune(),
                request.recordedOn(), IdempotentRequest.of(idempotencyKey, request), actor.id());
        Versioned<FounderGroup> group = recorded.group();
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/founder-groups/" + group.aggregate().id()))
                .eTag(Versions.etag(group.version()))
                .header("Idempotency-Replayed", Boolean.toString(recorded.replayed()))
                .body(FounderGroupView.of(group));
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/{id}")
    public ResponseEntity<FounderGroupView> get(@PathVariable String id) {
        return ok(groups.get(id));
    }

    /** A page of founder groups, in the order they were recorded. */
    public record Page(List<FounderGroupView> items, int page, int size, long totalItems, long totalPages) {
    }

    @Allowed(Role.VIEWER)
    @GetMapping
    public Page list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new BadRequestException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("size", "size must be 1 to " + MAX_PAGE_SIZE);
        }
        var found = groups.list(page, size);
        return new Page(found.items().stream().map(FounderGroupView::of).toList(), page, size, found.total(),
                (found.total() + size - 1) / size);
    }

    @Allowed(Role.REGISTRY_OFFICER)
    @PostMapping("/{id}/advice-sessions")
    public ResponseEntity<FounderGroupView> advise(@PathVariable String id, @Valid @RequestBody FounderGroupRequests.Advice request,
            Actor actor, @IfMatch long version) {
        return ok(groups.advise(id, version, request.date(), request.topic(), request.adviser(), actor.id()));
    }

    /**
     * How many founder groups advised from {@code from} to {@code to} (both included) founded their
     * cooperative by {@code to}; the definition is {@link FounderGroupConversion}'s.
     */
    @Allowed(Role.VIEWER)
    @GetMapping("/conversion")
    public FounderGroupConversion conversion(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        if (from.isAfter(to)) {
            throw new BadRequestException("from", "from must not be after to");
        }
        return groups.conversion(from, to);
    }

    private static ResponseEntity<FounderGroupView> ok(Versioned<FounderGroup> group) {
        return ResponseEntity.ok().eTag(Versions.etag(group.version())).body(FounderGroupView.of(group));
    }
}
