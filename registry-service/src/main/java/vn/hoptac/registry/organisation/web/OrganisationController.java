package vn.hoptac.registry.organisation.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
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
import vn.hoptac.plumbing.alliance.AdministrativeUnits;
import vn.hoptac.plumbing.errors.BadRequestException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.security.Actor;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;
import vn.hoptac.plumbing.web.IdempotentRequest;
import vn.hoptac.plumbing.web.IfMatch;
import vn.hoptac.plumbing.web.Versions;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.registry.organisation.application.OrganisationRequest;
import vn.hoptac.registry.organisation.application.OrganisationSearch;
import vn.hoptac.registry.organisation.application.OrganisationService;
import vn.hoptac.registry.organisation.domain.Organisation;
import vn.hoptac.registry.organisation.domain.ModelStatus;
import vn.hoptac.registry.organisation.domain.OrganisationStatus;
import vn.hoptac.registry.organisation.domain.ProfileVersion;
import vn.hoptac.registry.organisation.domain.StatusVersion;
import vn.hoptac.registry.organisation.domain.ValueChainParticipation;
import vn.hoptac.registry.organisation.domain.OrganisationType;
import vn.hoptac.registry.organisation.domain.Sector;

/** The register over HTTP: {@code /api/v1/organisations}. Every change names its actor and, but for creation, the version it was based on. */
@RestController
@RequestMapping("/api/v1/organisations")
public class OrganisationController {

    private static final int MAX_PAGE_SIZE = 100;

    private final OrganisationService organisations;
    private final AdministrativeUnits units;

    public OrganisationController(OrganisationService organisations, AdministrativeUnits units) {
        this.organisations = organisations;
        this.units = units;
    }

    @Allowed(Role.REGISTRY_OFFICER)
    @ApiResponse(responseCode = "201", description = "Registered; Location and ETag name it (a retry with the same Idempotency-Key answers the first registration)")
    @PostMapping
    public ResponseEntity<OrganisationView> register(@Valid @RequestBody OrganisationRequest request, Actor actor,
            @RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey) {
        if (request.effectiveOn() != null) {
            throw new InvalidFieldException("effectiveOn", "is not used at registration: it takes effect on foundedOn");
        }
        var registered = organisations.register(request.toProfile(), request.founderGroupId(),
                IdempotentRequest.of(idempotencyKey, request), actor.id());
        Versioned<Organisation> organisation = registered.organisation();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/organisations/" + organisation.aggregate().id()))
                .eTag(Versions.etag(organisation.version()))
                .header("Idempotency-Replayed", Boolean.toString(registered.replayed()))
                .body(OrganisationView.of(organisation, units));
    }

    /** The organisation now, or as it stood on {@code asOf} (404 before it was founded). */
    @Allowed(Role.VIEWER)
    @GetMapping("/{id}")
    public ResponseEntity<OrganisationView> get(@PathVariable String id, @RequestParam(required = false) LocalDate asOf) {
        Versioned<Organisation> organisation = organisations.get(id);
        if (asOf == null) {
            return ok(organisation);
        }
        return ResponseEntity.ok().eTag(Versions.etag(organisation.version())).body(OrganisationView.of(organisation,
                organisations.snapshot(organisation.aggregate(), asOf), units));
    }

    /** The profile's and the status's timelines: members and workers reported over time, every change with its date. */
    public record History(String id, List<ProfileVersion> profile, List<StatusVersion> status,
            List<ValueChainParticipation> valueChains) {
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/{id}/history")
    public History history(@PathVariable String id) {
        var organisation = organisations.get(id).aggregate();
        return new History(id, organisation.profileHistory(), organisation.statusHistory(), organisation.valueChains());
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/by-registration-code/{code}")
    public ResponseEntity<OrganisationView> byRegistrationCode(@PathVariable String code) {
        return ok(organisations.getByRegistrationCode(code));
    }

    /** A page of a search; {@code q} matches names word by word, diacritics and case aside. */
    public record SearchPage(List<OrganisationView> items, int page, int size, long totalItems, long totalPages) {
    }

    @Allowed(Role.VIEWER)
    @GetMapping
    public SearchPage search(@RequestParam(required = false) String q, @RequestParam(required = false) OrganisationType type,
            @RequestParam(required = false) Sector sector, @RequestParam(required = false) OrganisationStatus status,
            @RequestParam(required = false) String provinceCode, @RequestParam(required = false) String formerProvinceCode,
            @RequestParam(required = false) String valueChain, @RequestParam(required = false) Boolean newType,
            @RequestParam(required = false) Boolean model, @RequestParam(required = false) String foundedOnModelOf,
            @RequestParam(required = false) LocalDate asOf,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new BadRequestException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("size", "size must be 1 to " + MAX_PAGE_SIZE);
        }
        if (q != null && q.length() > 200) {
            throw new BadRequestException("q", "q must be at most 200 characters");
        }
        var filters = new OrganisationSearch.Filters(type, sector, status, provinceCode, formerProvinceCode, valueChain, newType,
                model, foundedOnModelOf);
        var found = organisations.search(q, filters, asOf, page, size);
        List<OrganisationView> items = found.items().stream().map(v -> asOf == null ? OrganisationView.of(v, units)
                : OrganisationView.of(v, v.aggregate().asOf(asOf).orElseThrow(), units)).toList();
        return new SearchPage(items, page, size, found.total(), (found.total() + size - 1) / size);
    }

    record JoinChain(@NotBlank String chain, LocalDate joinedOn) {
    }

    record LeaveChain(LocalDate leftOn, @Size(max = 500) String reason) {
    }

    record ModelStatusRequest(@NotNull Boolean newType, @NotNull Boolean model,
            @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", message = "must be an organisation id")
            String foundedOnModelOf, LocalDate effectiveOn) {
    }

    @Allowed(Role.REGISTRY_OFFICER)
    @PostMapping("/{id}/value-chains")
    public ResponseEntity<OrganisationView> joinValueChain(@PathVariable String id, @Valid @RequestBody JoinChain request,
            Actor actor,
            @IfMatch long version) {
                return ok(organisations.joinValueChain(id, version, request.chain(), request.joinedOn(), actor.id()));
    }

    @Allowed(Role.REGISTRY_OFFICER)
    @PostMapping("/{id}/value-chains/{chain}/leave")
    public ResponseEntity<OrganisationView> leaveValueChain(@PathVariable String id, @PathVariable String chain,
            @Valid @RequestBody LeaveChain request, Actor actor,
            @IfMatch long version) {
                return ok(organisations.leaveValueChain(id, version, chain, request.leftOn(), request.reason(), actor.id()));
    }

    @Allowed(Role.REGISTRY_OFFICER)
    @PutMapping("/{id}/model-status")
    public ResponseEntity<OrganisationView> changeModelStatus(@PathVariable String id,
            @Valid @RequestBody ModelStatusRequest request, Actor actor,
            @IfMatch long version) {
                return ok(organisations.changeModelStatus(id, version,
                new ModelStatus(request.newType(), request.model(), request.foundedOnModelOf()), request.effectiveOn(), actor.id()));
    }

    @Allowed(Role.REGISTRY_OFFICER)
    @PutMapping("/{id}/profile")
    public ResponseEntity<OrganisationView> changeProfile(@PathVariable String id, @Valid @RequestBody OrganisationRequest request,
            Actor actor,
            @IfMatch long version) {
                if (request.founderGroupId() != null) {
            throw new InvalidFieldException("founderGroupId", "is given at registration only");
        }
        var current = organisations.get(id).aggregate().profile();
        // Conversion changes the legal basis; a profile sent without one keeps the current basis.
        var profile = request.toProfile(request.legalBasis() != null ? request.legalBasis() : current.legalBasis());
        return ok(organisations.changeProfile(id, version, profile, request.effectiveOn(), actor.id()));
    }

    @Allowed(Role.REGISTRY_OFFICER)
    @PostMapping("/{id}/conversion")
    public ResponseEntity<OrganisationView> convert(@PathVariable String id, @Valid @RequestBody LifecycleRequests.Conversion request,
            Actor actor,
            @IfMatch long version) {
                return ok(organisations.convert(id, version, request.toLegalBasis(), request.registrationCode(),
                request.effectiveOn(), actor.id()));
    }

    @Allowed(Role.REGISTRY_OFFICER)
    @PostMapping("/{id}/suspension")
    public ResponseEntity<OrganisationView> suspend(@PathVariable String id, @Valid @RequestBody LifecycleRequests.Suspension request,
            Actor actor,
            @IfMatch long version) {
                return ok(organisations.suspend(id, version, request.reason(), request.effectiveOn(), actor.id()));
    }

    @Allowed(Role.REGISTRY_OFFICER)
    @PostMapping("/{id}/resumption")
    public ResponseEntity<OrganisationView> resume(@PathVariable String id, @Valid @RequestBody LifecycleRequests.Resumption request,
            Actor actor,
            @IfMatch long version) {
                return ok(organisations.resume(id, version, request.effectiveOn(), actor.id()));
    }

    @Allowed(Role.REGISTRY_OFFICER)
    @PostMapping("/{id}/dissolution")
    public ResponseEntity<OrganisationView> dissolve(@PathVariable String id,
            @Valid @RequestBody LifecycleRequests.DissolutionRequest request,
            Actor actor,
            @IfMatch long version) {
                return ok(organisations.dissolve(id, version, request.kind(), request.reason(),
                request.effectiveOn(), actor.id()));
    }

    private ResponseEntity<OrganisationView> ok(Versioned<Organisation> organisation) {
        return ResponseEntity.ok().eTag(Versions.etag(organisation.version())).body(OrganisationView.of(organisation, units));
    }
}
