package vn.hoptac.loan.dossier.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
import vn.hoptac.loan.dossier.application.LoanService;
import vn.hoptac.loan.dossier.domain.LoanDossier;
import vn.hoptac.loan.dossier.domain.LoanStatus;
import vn.hoptac.loan.schedule.LoanPosition;
import vn.hoptac.loan.schedule.RepaymentMethod;
import vn.hoptac.plumbing.errors.BadRequestException;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.security.Actor;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;
import vn.hoptac.plumbing.web.Amounts;
import vn.hoptac.plumbing.web.IdempotentRequest;
import vn.hoptac.plumbing.web.IfMatch;
import vn.hoptac.plumbing.web.Versions;


/**
 * Loan dossiers and loans: {@code /api/v1/loans}. Decisions carry {@code If-Match} (the version the
 * officer read) and are made by the token's subject; disbursements and repayments carry an {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1")
public class LoanController {

    private final LoanService loans;

    public LoanController(LoanService loans) {
        this.loans = loans;
    }

    record NewDossier(@NotBlank String organisationId, @NotBlank String fundId, @NotBlank @Size(max = 1000) String purpose,
            @NotNull @Positive @Max(Amounts.MAX_VND) Long amountRequested, @NotNull @Min(1) @Max(360) Integer termMonths,
            Boolean newRuralAreaCommune, LocalDate receivedOn) {
    }

    record Comment(@NotBlank @Size(max = 2000) String comment, LocalDate on) {
    }

    record Reason(@NotBlank @Size(max = 1000) String reason, LocalDate on) {
    }

    record OnDate(LocalDate on) {
    }

    record AppraisalRequest(@NotNull @Positive @Max(Amounts.MAX_VND) Long appraisedAmount, @NotNull @Min(0) @Max(10_000) Long annualRateBasisPoints,
            @NotNull @Min(1) @Max(360) Integer termMonths, @Min(0) @Max(359) Integer graceMonths,
            @NotNull RepaymentMethod method, @Size(max = 1000) String collateral, @NotBlank @Size(max = 2000) String opinion,
            LocalDate on) {
    }

    record ApprovalRequest(@Positive @Max(Amounts.MAX_VND) Long approvedAmount, @NotBlank @Size(max = 2000) String comment, LocalDate on) {
    }

    record DisbursementRequest(@NotNull @Positive @Max(Amounts.MAX_VND) Long amount, LocalDate disbursedOn) {
    }

    record RepaymentRequest(@NotNull @Positive @Max(Amounts.MAX_VND) Long amount, LocalDate receivedOn) {
    }


    @Allowed(Role.LOAN_OFFICER)
    @ApiResponse(responseCode = "201", description = "Received; Location and ETag name the dossier")
    @PostMapping("/loans")
    public ResponseEntity<LoanView> receive(@Valid @RequestBody NewDossier request, Actor actor) {
        Versioned<LoanDossier> loan = loans.receive(new LoanService.DossierRequest(request.organisationId(),
                request.fundId(), request.purpose(), request.amountRequested(), request.termMonths(),
                Boolean.TRUE.equals(request.newRuralAreaCommune()), request.receivedOn()), actor.id());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/loans/" + loan.aggregate().id()))
                .eTag(Versions.etag(loan.version())).body(LoanView.of(loan));
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/loans/{id}")
    public ResponseEntity<LoanView> get(@PathVariable String id) {
        return ok(loans.get(id));
    }

    /** Dossiers by status and organisation; {@code sort=priority} puts new-rural-area communes first (the appraisal queue). */
    @Allowed(Role.VIEWER)
    @GetMapping("/loans")
    public List<LoanView> search(@RequestParam(required = false) LoanStatus status,
            @RequestParam(required = false) String organisationId, @RequestParam(defaultValue = "received") String sort) {
        if (!sort.equals("received") && !sort.equals("priority")) {
            throw new BadRequestException("sort", "sort must be 'received' or 'priority'");
        }
        return loans.search(status, organisationId, sort.equals("priority")).stream().map(LoanView::of).toList();
    }

    @Allowed(Role.LOAN_OFFICER)
    @PostMapping("/loans/{id}/guidance")
    public ResponseEntity<LoanView> guidance(@PathVariable String id, @Valid @RequestBody Comment request, Actor actor,
            @IfMatch long version) {
        return ok(loans.giveGuidance(id, version, request.comment(), request.on(), actor.id()));
    }

    @Allowed(Role.LOAN_OFFICER)
    @PostMapping("/loans/{id}/completion")
    public ResponseEntity<LoanView> complete(@PathVariable String id, @Valid @RequestBody OnDate request, Actor actor,
            @IfMatch long version) {
        return ok(loans.complete(id, version, request.on(), actor.id()));
    }

    @Allowed(Role.APPRAISER)
    @PostMapping("/loans/{id}/appraisal")
    public ResponseEntity<LoanView> appraise(@PathVariable String id, @Valid @RequestBody AppraisalRequest request,
            Actor actor, @IfMatch long version) {
        return ok(loans.appraise(id, version, new LoanService.AppraisalTerms(request.appraisedAmount(),
                request.annualRateBasisPoints(), request.termMonths(), request.graceMonths() == null ? 0 : request.graceMonths(),
                request.method(), request.collateral(), request.opinion()), request.on(), actor.id()));
    }

    @Allowed(Role.APPROVER)
    @PostMapping("/loans/{id}/approval")
    public ResponseEntity<LoanView> approve(@PathVariable String id, @Valid @RequestBody ApprovalRequest request,
            Actor actor, @IfMatch long version) {
        return ok(loans.approve(id, version, request.approvedAmount(), request.comment(), request.on(), actor.id()));
    }

    @Allowed(Role.APPROVER)
    @PostMapping("/loans/{id}/rejection")
    public ResponseEntity<LoanView> reject(@PathVariable String id, @Valid @RequestBody Comment request, Actor actor,
            @IfMatch long version) {
        return ok(loans.reject(id, version, request.comment(), request.on(), actor.id()));
    }

    @Allowed(Role.LOAN_OFFICER)
    @PostMapping("/loans/{id}/withdrawal")
    public ResponseEntity<LoanView> withdraw(@PathVariable String id, @Valid @RequestBody Reason request, Actor actor,
            @IfMatch long version) {
        return ok(loans.withdraw(id, version, request.reason(), request.on(), actor.id()));
    }

    @Allowed(Role.APPROVER)
    @PostMapping("/loans/{id}/write-off")
    public ResponseEntity<LoanView> writeOff(@PathVariable String id, @Valid @RequestBody Reason request, Actor actor,
            @IfMatch long version) {
        return ok(loans.writeOff(id, version, request.reason(), request.on(), actor.id()));
    }

    @Allowed(Role.TREASURER)
    @ApiResponse(responseCode = "201", description = "Disbursed; 200 when the Idempotency-Key replays an earlier disbursement")
    @PostMapping("/loans/{id}/disbursements")
    public ResponseEntity<LoanView> disburse(@PathVariable String id, @Valid @RequestBody DisbursementRequest request,
            Actor actor, @RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey) {
        var done = loans.disburse(id, request.amount(), request.disbursedOn(), IdempotentRequest.of(idempotencyKey, request),
                actor.id());
        return answered(done.loan(), done.replayed());
    }

    @Allowed(Role.TREASURER)
    @ApiResponse(responseCode = "201", description = "Received; 200 when the Idempotency-Key replays an earlier repayment")
    @PostMapping("/loans/{id}/repayments")
    public ResponseEntity<LoanView> repay(@PathVariable String id, @Valid @RequestBody RepaymentRequest request,
            Actor actor, @RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey) {
        var done = loans.repay(id, request.amount(), request.receivedOn(), IdempotentRequest.of(idempotencyKey, request),
                actor.id());
        return answered(done.loan(), done.replayed());
    }

    /** The loan's money as of a business date (today in Vietnam by default). */
    @Allowed(Role.VIEWER)
    @GetMapping("/loans/{id}/position")
    public LoanPosition position(@PathVariable String id, @RequestParam(required = false) LocalDate asOf) {
        return loans.position(id, asOf);
    }

    private static ResponseEntity<LoanView> answered(Versioned<LoanDossier> loan, boolean replayed) {
        return ResponseEntity.status(replayed ? HttpStatus.OK : HttpStatus.CREATED).eTag(Versions.etag(loan.version()))
                .header("Idempotency-Replayed", Boolean.toString(replayed)).body(LoanView.of(loan));
    }

    private static ResponseEntity<LoanView> ok(Versioned<LoanDossier> loan) {
        return ResponseEntity.ok().eTag(Versions.etag(loan.version())).body(LoanView.of(loan));
    }
}
