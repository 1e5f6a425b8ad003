package vn.hoptac.registry.membership.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.security.Actor;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;
import vn.hoptac.plumbing.web.IdempotentRequest;
import vn.hoptac.plumbing.web.IfMatch;
import vn.hoptac.plumbing.web.Versions;
import vn.hoptac.registry.membership.application.MembershipService;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.registry.membership.domain.Membership;
import vn.hoptac.registry.membership.web.MembershipViews.BatchView;
import vn.hoptac.registry.membership.web.MembershipViews.MembersView;
import vn.hoptac.registry.membership.web.MembershipViews.MembershipView;

/**
 * The alliance's members over HTTP: admission batches ({@code /api/v1/membership-batches}), memberships
 * ({@code /api/v1/memberships}) and who was a member on a date ({@code /api/v1/members}).
 */
@RestController
@RequestMapping("/api/v1")
public class MembershipController {

    private final MembershipService memberships;

    public MembershipController(MembershipService memberships) {
        this.memberships = memberships;
    }

    /**
     * Admits each listed organisation; answers 200 with an outcome per organisation, since some may be
     * admitted and others refused. Retrying with the same {@code Idempotency-Key} admits nobody twice.
     */
    @Allowed(Role.REGISTRY_OFFICER)
    @PostMapping("/membership-batches")
    public BatchView admit(@Valid @RequestBody MembershipRequests.Batch request,
            Actor actor, @RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey) {
        Set<String> seen = new HashSet<>();
        for (String organisationId : request.organisationIds()) {
            if (!seen.add(organisationId)) {
                throw new InvalidFieldException("organisationIds", "lists organisation " + organisationId + " twice");
            }
        }
        var results = memberships.admitBatch(request.batch(), request.admittedOn(), request.organisationIds(),
                IdempotentRequest.of(idempotencyKey, request), actor.id());
        return BatchView.of(request.batch(), request.admittedOn(), results);
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/memberships/{id}")
    public ResponseEntity<MembershipView> get(@PathVariable String id) {
        return ok(memberships.get(id));
    }

    @Allowed(Role.REGISTRY_OFFICER)
    @PostMapping("/memberships/{id}/end")
    public ResponseEntity<MembershipView> end(@PathVariable String id, @Valid @RequestBody MembershipRequests.End request,
            Actor actor, @IfMatch long version) {
        return ok(memberships.end(id, version, request.endedOn(), request.reason(), actor.id()));
    }

    /** Organisations that were members on {@code asOf} (today in Vietnam by default). */
    @Allowed(Role.VIEWER)
    @GetMapping("/members")
    public MembersView members(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf) {
        return MembersView.of(memberships.membersOn(asOf));
    }

    private static ResponseEntity<MembershipView> ok(Versioned<Membership> membership) {
        return ResponseEntity.ok().eTag(Versions.etag(membership.version())).body(MembershipView.of(membership));
    }
}
