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
import vn.hoptac.loan.arrears.application.ArrearsJob;
import vn.hoptac.loan.arrears.application.Portfolio;
import vn.hoptac.loan.dossier.application.LoanService;
import vn.hoptac.loan.dossier.domain.LoanDossier;
import vn.hoptac.loan.dossier.domain.LoanEvent;
import vn.hoptac.loan.dossier.domain.LoanLimits;
import vn.hoptac.loan.dossier.domain.LoanStatus;
import vn.hoptac.loan.dossier.persistence.LoanDocument;
import vn.hoptac.loan.dossier.persistence.LoanStore;
import vn.hoptac.loan.schedule.LoanPosition;
import vn.hoptac.loan.schedule.RepaymentMethod;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.security.Actor;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;
import vn.hoptac.plumbing.web.RequestFingerprint;
import vn.hoptac.plumbing.web.Amounts;
import vn.hoptac.plumbing.web.Versions;

/**
 * Loan dossiers and loans: {@code /api/v1/loans}. Decisions carry {@code If-Match} (the version the
 * officer read) and are made by the token's subject; disbursements and repayments carry an {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1")
public class LoanController {

    private final LoanService loans;
    private final LoanStore store;
    private final BusinessCalendar calendar;
    private final LoanLimits limits;
    private final ArrearsJob arrears;
    private final Portfolio portfolio;
    private final java.time.Clock clock;

    public LoanController(LoanService loans, LoanStore store, BusinessCalendar calendar, LoanLimits limits,
            ArrearsJob arrears, Portfolio portfolio, java.time.Clock clock) {
        this.clock = clock;
        this.loans = loans;
        this.store = store;
        this.calendar = calendar;
        this.limits = limits;
        this.arrears = arrears;
        this.portfolio = portfolio;
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

    record ArrearsRunRequest(@NotNull LocalDate businessDate) {
    }

    @Allowed(Role.LOAN_OFFICER)
    @ApiResponse(responseCode = "201", description = "Received; Location and ETag name the dossier")
    @PostMapping("/loans")
    public ResponseEntity<LoanView> receive(@Valid @RequestBody NewDossier request,
            Actor actor) {
        String who = actor.id();
        LoanDocument loan = loans.receive(new LoanService.DossierRequest(request.organisationId(), request.fundId(),
                request.purpose(), request.amountRequested(), request.termMonths(),
                Boolean.TRUE.equals(request.newRuralAreaCommune()), request.receivedOn()), who);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/loans/" + loan.getId()))
                .eTag(Versions.etag(loan.getVersion())).body(LoanView.of(loan));
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
            throw new vn.hoptac.plumbing.errors.BadRequestException("sort", "sort must be 'received' or 'priority'");
        }
        return store.search(status, organisationId, sort.equals("priority")).stream().map(LoanView::of).toList();
    }

    @Allowed(Role.LOAN_OFFICER)
    @PostMapping("/loans/{id}/guidance")
    public ResponseEntity<LoanView> guidance(@PathVariable String id, @Valid @RequestBody Comment request,
            Actor actor,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return decide(id, actor, ifMatch, request.on(), (d, on, who, at) -> d.giveGuidance(request.comment(), on, who, at));
    }

    @Allowed(Role.LOAN_OFFICER)
    @PostMapping("/loans/{id}/completion")
    public ResponseEntity<LoanView> complete(@PathVariable String id, @Valid @RequestBody OnDate request,
            Actor actor,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return decide(id, actor, ifMatch, request.on(), (d, on, who, at) -> d.complete(on, who, at));
    }

    @Allowed(Role.APPRAISER)
    @PostMapping("/loans/{id}/appraisal")
    public ResponseEntity<LoanView> appraise(@PathVariable String id, @Valid @RequestBody AppraisalRequest request,
            Actor actor,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        int grace = request.graceMonths() == null ? 0 : request.graceMonths();
        return decide(id, actor, ifMatch, request.on(), (d, on, who, at) -> d.appraise(request.appraisedAmount(),
                request.annualRateBasisPoints(), request.termMonths(), grace, request.method(), request.collateral(),
                request.opinion(), limits, on, who, at));
    }

    @Allowed(Role.APPROVER)
    @PostMapping("/loans/{id}/approval")
    public ResponseEntity<LoanView> approve(@PathVariable String id, @Valid @RequestBody ApprovalRequest request,
            Actor actor,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return decide(id, actor, ifMatch, request.on(),
                (d, on, who, at) -> d.approve(request.approvedAmount(), request.comment(), on, who, at));
    }

    @Allowed(Role.APPROVER)
    @PostMapping("/loans/{id}/rejection")
    public ResponseEntity<LoanView> reject(@PathVariable String id, @Valid @RequestBody Comment request,
            Actor actor,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return decide(id, actor, ifMatch, request.on(), (d, on, who, at) -> d.reject(request.comment(), on, who, at));
    }

    @Allowed(Role.LOAN_OFFICER)
    @PostMapping("/loans/{id}/withdrawal")
    public ResponseEntity<LoanView> withdraw(@PathVariable String id, @Valid @RequestBody Reason request,
            Actor actor,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return decide(id, actor, ifMatch, request.on(), (d, on, who, at) -> d.withdraw(request.reason(), on, who, at));
    }

    @Allowed(Role.APPROVER)
    @PostMapping("/loans/{id}/write-off")
    public ResponseEntity<LoanView> writeOff(@PathVariable String id, @Valid @RequestBody Reason request,
            Actor actor,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return decide(id, actor, ifMatch, request.on(), (d, on, who, at) -> d.writeOff(request.reason(), on, who, at));
    }

    @Allowed(Role.TREASURER)
    @ApiResponse(responseCode = "201", description = "Disbursed; 200 when the Idempotency-Key replays an earlier disbursement")
    @PostMapping("/loans/{id}/disbursements")
    public ResponseEntity<LoanView> disburse(@PathVariable String id, @Valid @RequestBody DisbursementRequest request,
            Actor actor,
            @RequestHeader(name = RequestFingerprint.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String who = actor.id();
        var done = loans.disburse(id, request.amount(), date(request.disbursedOn(), "disbursedOn"), RequestFingerprint.key(idempotencyKey),
                RequestFingerprint.of(request), who);
        return ResponseEntity.status(done.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .eTag(Versions.etag(done.loan().getVersion())).header("Idempotency-Replayed", Boolean.toString(done.replayed()))
                .body(LoanView.of(done.loan()));
    }

    @Allowed(Role.TREASURER)
    @ApiResponse(responseCode = "201", description = "Received; 200 when the Idempotency-Key replays an earlier repayment")
    @PostMapping("/loans/{id}/repayments")
    public ResponseEntity<LoanView> repay(@PathVariable String id, @Valid @RequestBody RepaymentRequest request,
            Actor actor,
            @RequestHeader(name = RequestFingerprint.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String who = actor.id();
        var done = loans.repay(id, request.amount(), date(request.receivedOn(), "receivedOn"), RequestFingerprint.key(idempotencyKey),
                RequestFingerprint.of(request), who);
        return ResponseEntity.status(done.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .eTag(Versions.etag(done.loan().getVersion())).header("Idempotency-Replayed", Boolean.toString(done.replayed()))
                .body(LoanView.of(done.loan()));
    }

    /** The loan's money as of a business date (today in Vietnam by default). */
    @Allowed(Role.VIEWER)
    @GetMapping("/loans/{id}/position")
    public LoanPosition position(@PathVariable String id, @RequestParam(required = false) LocalDate asOf) {
        LoanDossier dossier = loans.get(id).toDossier();
        return dossier.account().positionAsOf(asOf == null ? calendar.today() : asOf);
    }

    /** Runs the daily arrears ageing for a business date, e.g. to catch up a missed day. */
    @Allowed(Role.OPERATOR)
    @PostMapping("/arrears-runs")
    public ArrearsJob.Run runArrears(@Valid @RequestBody ArrearsRunRequest request,
            Actor actor) {
        String who = actor.id();
        if (request.businessDate().isAfter(calendar.today())) {
            throw new InvalidFieldException("businessDate", "is in the future (today in Vietnam is " + calendar.today() + ")");
        }
        return arrears.run(request.businessDate(), who);
    }

    /** Outstanding principal, arrears and portfolio at risk over 30 days as of any business date. */
    @Allowed(Role.VIEWER)
    @GetMapping("/portfolio")
    public Portfolio.Figures portfolio(@RequestParam(required = false) LocalDate asOf) {
        return portfolio.asOf(asOf == null ? calendar.today() : asOf);
    }

    /** What a decision does to the dossier, on its business date, by the acting officer, recorded at an instant. */
    @FunctionalInterface
    interface Decision {
        LoanEvent apply(LoanDossier dossier, LocalDate on, String officer, java.time.Instant at);
    }

    /** A decision: who makes it (the token's subject), on which version (If-Match), and on which business date. */
    private ResponseEntity<LoanView> decide(String id, Actor actor, String ifMatch, LocalDate on, Decision decision) {
        String who = actor.id();
        long version = Versions.fromIfMatch(ifMatch);
        return ok(loans.decide(id, version, d -> List.of(decision.apply(d, date(on, "on"), who, now()))));
    }

    private ResponseEntity<LoanView> ok(LoanDocument loan) {
        return ResponseEntity.ok().eTag(Versions.etag(loan.getVersion())).body(LoanView.of(loan));
    }

    private LocalDate date(LocalDate given, String field) {
        LocalDate date = given == null ? calendar.today() : given;
        if (date.isAfter(calendar.today())) {
            throw new InvalidFieldException(field, "is in the future (today in Vietnam is " + calendar.today() + ")");
        }
        return date;
    }

    private java.time.Instant now() {
        return clock.instant();
    }
}
