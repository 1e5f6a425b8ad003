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
import vn.hoptac.loan.fund.persistence.FundDocument;
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

        static FundView of(FundDocument document) {
            Fund fund = document.toFund();
            return new FundView(fund.id(), fund.name(), fund.kind(), fund.charterCapital(), fund.lendsToGroups(),
                    fund.provinceCode(), fund.available(), document.getVersion());
        }
    }

    @Allowed(Role.LOAN_OFFICER)
    @ApiResponse(responseCode = "201", description = "Opened; Location and ETag name the fund")
    @PostMapping
    public ResponseEntity<FundView> open(@Valid @RequestBody OpenFund request,
            Actor actor) {
        String who = actor.id();
        FundDocument fund = funds.open(request.id(), request.name(), request.kind(), request.charterCapital(),
                Boolean.TRUE.equals(request.lendsToGroups()), calendar.today(), who);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/funds/" + fund.getId()))
                .eTag(Versions.etag(fund.getVersion())).body(FundView.of(fund));
    }

    @Allowed(Role.VIEWER)
    @GetMapping
    public List<FundView> all() {
        return funds.all().stream().map(FundView::of).toList();
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/{id}")
    public ResponseEntity<FundView> get(@PathVariable String id) {
        FundDocument fund = funds.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(fund.getVersion())).body(FundView.of(fund));
    }

    /** The ledger, newest first; {@code asOf} gives the available capital on a past business date. */
    record Ledger(String fundId, LocalDate asOf, long availableCapital, List<LedgerEntry> entries) {
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/{id}/ledger")
    public Ledger ledger(@PathVariable String id, @RequestParam(required = false) LocalDate asOf) {
        Fund fund = funds.get(id).toFund();
        LocalDate date = asOf == null ? calendar.today() : asOf;
        List<LedgerEntry> entries = fund.ledger().stream().filter(e -> !e.on().isAfter(date))
                .sorted((a, b) -> b.bookedAt().compareTo(a.bookedAt())).toList();
        return new Ledger(id, date, fund.availableOn(date), entries);
    }

    /** Capital paid into the fund. An Idempotency-Key makes a retried contribution book once. */
    @Allowed(Role.TREASURER)
    @ApiResponse(responseCode = "201", description = "Booked (once per Idempotency-Key)")
    @PostMapping("/{id}/contributions")
    public ResponseEntity<LedgerEntry> contribute(@PathVariable String id, @Valid @RequestBody Contribution request,
            Actor actor,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        String who = actor.id();
        LocalDate on = request.on() == null ? calendar.today() : request.on();
        if (on.isAfter(calendar.today())) {
            throw new InvalidFieldException("on", "is in the future (today in Vietnam is " + calendar.today() + ")");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.strip().length() > 80)) {
            throw new BadRequestException("Idempotency-Key", "Idempotency-Key must be 1 to 80 characters.");
        }
        String entryId = idempotencyKey != null ? "contribution:" + idempotencyKey.strip()
                : "contribution:" + java.util.UUID.randomUUID();
        LedgerEntry entry = funds.book(id, entryId, LedgerEntryKind.CONTRIBUTION, request.amount(), on, null,
                request.reference(), who);
        if (entry.amount() != request.amount()) {
            throw new vn.hoptac.plumbing.errors.UnprocessableException(
                    "This Idempotency-Key was already used for a contribution of " + entry.amount() + " VND.");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(entry);
    }
}
