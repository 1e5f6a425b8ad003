package vn.hoptac.loan.fund.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
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
import vn.hoptac.loan.fund.application.FundService;
import vn.hoptac.loan.fund.domain.Fund;
import vn.hoptac.loan.fund.domain.FundKind;
import vn.hoptac.loan.fund.domain.LedgerEntry;
import vn.hoptac.loan.fund.domain.LedgerEntryKind;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.web.IdempotentRequest;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.BadRequestException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.security.Actor;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;
import vn.hoptac.plumbing.web.Amounts;
import vn.hoptac.plumbing.web.Versions;

/** Funds and their capital: {@code /api/v1/funds}. */
@RestController
@RequestMapping("/api/v1/funds")
public class FundController {

    private final FundService funds;
    private final BusinessCalendar calendar;

    public FundController(FundService funds, BusinessCalendar calendar) {
        this.funds = funds;
        this.calendar = calendar;
    }

    record OpenFund(@NotBlank @Size(max = 64) String id, @NotBlank @Size(max = 255) String name, @NotNull FundKind kind,
            @PositiveOrZero @Max(Amounts.MAX_VND) Long charterCapital, Boolean lendsToGroups) {
    }

    record Contribution(@NotNull @Positive @Max(Amounts.MAX_VND) Long amount, LocalDate on, @Size(max = 255) String reference) {
    }

    /** A fund as the API shows it: the available capital is the ledger's sum. */
    record FundView(String id, String name, FundKind kind, Long charterCapital, boolean lendsToGroups, String provinceCode,
            long availableCapital, long version) {

        static FundView of(Versioned<Fund> stored) {
            Fund fund = stored.aggregate();
            return new FundView(fund.id(), fund.name(), fund.kind(), fund.charterCapital(), fund.lendsToGroups(),
                    fund.provinceCode(), fund.available(), stored.version());
        }
    }

    /** A ledger entry as the API shows it. */
    record LedgerEntryView(String entryId, LedgerEntryKind kind, long amount, LocalDate on, String loanId, String reference,
            String actor, java.time.Instant bookedAt) {

        static LedgerEntryView of(LedgerEntry entry) {
            return new LedgerEntryView(entry.entryId(), entry.kind(), entry.amount(), entry.on(), entry.loanId(),
                    entry.reference(), entry.actor(), entry.bookedAt());
        }
    }

    @Allowed(Role.LOAN_OFFICER)
    @ApiResponse(responseCode = "201", description = "Opened; Location and ETag name the fund")
    @PostMapping
    public ResponseEntity<FundView> open(@Valid @RequestBody OpenFund request, Actor actor) {
        Versioned<Fund> fund = funds.open(request.id(), request.name(), request.kind(), request.charterCapital(),
                Boolean.TRUE.equals(request.lendsToGroups()), calendar.today(), actor.id());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/funds/" + fund.aggregate().id()))
                .eTag(Versions.etag(fund.version())).body(FundView.of(fund));
    }

    @Allowed(Role.VIEWER)
    @GetMapping
    public List<FundView> all() {
        return funds.all().stream().map(FundView::of).toList();
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/{id}")
    public ResponseEntity<FundView> get(@PathVariable String id) {
        Versioned<Fund> fund = funds.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(fund.version())).body(FundView.of(fund));
    }

    /** The ledger, newest first; {@code asOf} gives the available capital on a past business date. */
    record Ledger(String fundId, LocalDate asOf, long availableCapital, List<LedgerEntryView> entries) {
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/{id}/ledger")
    public Ledger ledger(@PathVariable String id, @RequestParam(required = false) LocalDate asOf) {
        Fund fund = funds.get(id).aggregate();
        LocalDate date = calendar.orToday(asOf);
        List<LedgerEntryView> entries = fund.ledgerAsOf(date).stream().map(LedgerEntryView::of).toList();
        return new Ledger(id, date, fund.availableOn(date), entries);
    }

    /** Capital paid into the fund. An Idempotency-Key makes a retried contribution book once. */
    @Allowed(Role.TREASURER)
    @ApiResponse(responseCode = "201", description = "Booked (once per Idempotency-Key)")
    @PostMapping("/{id}/contributions")
    public ResponseEntity<LedgerEntryView> contribute(@PathVariable String id, @Valid @RequestBody Contribution request,
            Actor actor, @RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey) {
        var booked = funds.contribute(id, request.amount(), calendar.happened("on", request.on()), request.reference(),
                IdempotentRequest.of(idempotencyKey, request), actor.id());
        return ResponseEntity.status(HttpStatus.CREATED).header("Idempotency-Replayed", Boolean.toString(booked.replayed()))
                .body(LedgerEntryView.of(booked.entry()));
    }
}
