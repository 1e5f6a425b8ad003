package vn.hoptac.loan.dossier.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hoptac.loan.dossier.domain.LoanDossier;
import vn.hoptac.loan.dossier.domain.LoanEvent;
import vn.hoptac.loan.dossier.domain.LoanLimits;
import vn.hoptac.loan.dossier.domain.LoanStatus;
import vn.hoptac.loan.dossier.domain.RepaymentRecord;
import vn.hoptac.loan.dossier.domain.TrancheRecord;
import vn.hoptac.loan.dossier.persistence.LoanDocument;
import vn.hoptac.loan.dossier.persistence.LoanStore;
import vn.hoptac.loan.fund.application.FundService;
import vn.hoptac.loan.fund.domain.Fund;
import vn.hoptac.loan.fund.domain.LedgerEntryKind;
import vn.hoptac.loan.organisation.application.OrganisationDirectory;
import vn.hoptac.loan.organisation.domain.KnownOrganisation;
import vn.hoptac.loan.schedule.LoanPosition;
import vn.hoptac.loan.schedule.RepaymentMethod;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.web.IdempotentRequest;


/**
 * The loan service's use cases. Each loads one dossier, lets it decide, and stores state and events
 * together. A disbursement touches two aggregates (the loan and the fund), so it is a short saga:
 * reserve the tranche on the loan, take the capital from the fund, confirm the tranche; a crash in
 * between is reconciled against the fund's ledger.
 */
@Service
public class LoanService {

    private static final Logger log = LoggerFactory.getLogger(LoanService.class);

    private final LoanStore store;
    private final FundService funds;
    private final OrganisationDirectory organisations;
    private final Alliance alliance;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final LoanLimits limits;
    private final LoanMetrics metrics;

    public LoanService(LoanStore store, FundService funds, OrganisationDirectory organisations, Alliance alliance,
            BusinessCalendar calendar, Clock clock, LoanLimits limits, LoanMetrics metrics) {
        this.metrics = metrics;
        this.store = store;
        this.funds = funds;
        this.organisations = organisations;
        this.alliance = alliance;
        this.calendar = calendar;
        this.clock = clock;
        this.limits = limits;
    }

    /** What an organisation asks for. */
    public record DossierRequest(String organisationId, String fundId, String purpose, long amountRequested, int termMonths,
            boolean newRuralAreaCommune, LocalDate receivedOn) {
    }

    /**
     * Receives a dossier from an organisation the registry told us about: an operating cooperative
     * or union of this alliance's province, or a cooperative group where the fund lends to groups.
     */
    public Versioned<LoanDossier> receive(DossierRequest request, String actor) {
        KnownOrganisation organisation = organisations.find(request.organisationId()).orElseThrow(() ->
                new InvalidFieldException("organisationId", "the loan service has not heard of organisation "
                        + request.organisationId() + " from the registry (yet): register it there first"));
        Fund fund = funds.find(request.fundId()).orElseThrow(() ->
                new InvalidFieldException("fundId", "no fund with id " + request.fundId()));
        organisation.refusalToBorrow(alliance.provinceCode(), fund.lendsToGroups(), request.fundId()).ifPresent(why -> {
            throw new InvalidFieldException("organisationId", why);
        });
        LoanDossier.Application application = new LoanDossier.Application(organisation.id(), organisation.name(),
                request.fundId(), alliance.provinceCode(), request.purpose() == null ? null : request.purpose().strip(),
                request.amountRequested(), request.termMonths(), request.newRuralAreaCommune());
        LocalDate receivedOn = calendar.happened("receivedOn", request.receivedOn());
        LoanDossier.Receipt receipt = LoanDossier.receive(UUID.randomUUID().toString(), application, limits, receivedOn, actor);
        return store.insert(new LoanDocument(receipt.dossier().id()), receipt.dossier(), List.of(receipt.event()));
    }

    public Versioned<LoanDossier> get(String id) {
        return store.get(id);
    }

    public List<Versioned<LoanDossier>> search(LoanStatus status, String organisationId, boolean priorityFirst) {
        return store.search(status, organisationId, priorityFirst);
    }

    /** The appraisal's terms, as an appraiser sends them. */
    public record AppraisalTerms(long appraisedAmount, long annualRateBasisPoints, int termMonths, int graceMonths,
            RepaymentMethod method, String collateral, String opinion) {
    }

    public Versioned<LoanDossier> giveGuidance(String id, long version, String comment, LocalDate on, String officer) {
        return decide(id, version, on, (dossier, day) -> dossier.giveGuidance(comment, day, officer, clock.instant()));
    }

    public Versioned<LoanDossier> complete(String id, long version, LocalDate on, String officer) {
        return decide(id, version, on, (dossier, day) -> dossier.complete(day, officer, clock.instant()));
    }

    public Versioned<LoanDossier> appraise(String id, long version, AppraisalTerms terms, LocalDate on, String appraiser) {
        return decide(id, version, on, (dossier, day) -> dossier.appraise(terms.appraisedAmount(),
                terms.annualRateBasisPoints(), terms.termMonths(), terms.graceMonths(), terms.method(), terms.collateral(),
                terms.opinion(), limits, day, appraiser, clock.instant()));
    }

    public Versioned<LoanDossier> approve(String id, long version, Long amount, String comment, LocalDate on,
            String approver) {
        return decide(id, version, on, (dossier, day) -> dossier.approve(amount, comment, day, approver, clock.instant()));
    }

    public Versioned<LoanDossier> reject(String id, long version, String comment, LocalDate on, String approver) {
        return decide(id, version, on, (dossier, day) -> dossier.reject(comment, day, approver, clock.instant()));
    }

    public Versioned<LoanDossier> withdraw(String id, long version, String reason, LocalDate on, String officer) {
        return decide(id, version, on, (dossier, day) -> dossier.withdraw(reason, day, officer, clock.instant()));
    }

    public Versioned<LoanDossier> writeOff(String id, long version, String reason, LocalDate on, String approver) {
        return decide(id, version, on, (dossier, day) -> dossier.writeOff(reason, day, approver, clock.instant()));
    }

    /** A decision on the dossier, on its business date (today by default), based on the version the officer read. */
    private Versioned<LoanDossier> decide(String id, long expectedVersion, LocalDate on,
            BiFunction<LoanDossier, LocalDate, LoanEvent> decision) {
        LocalDate day = calendar.happened("on", on);
        return store.change(id, expectedVersion, dossier -> List.of(decision.apply(dossier, day)));
    }

    /** The result of a disbursement request: the loan and the tranche, and whether it replays an earlier one. */
    public record Disbursement(Versioned<LoanDossier> loan, TrancheRecord tranche, boolean replayed) {
    }

    /**
     * Disburses a tranche once per idempotency key: a retry answers the same tranche, the same key
     * with a different body is refused. Capital the fund does not have is refused, and nothing stays.
     */
    public Disbursement disburse(String id, long amount, LocalDate disbursedOn, IdempotentRequest request, String actor) {
        LocalDate on = calendar.happened("disbursedOn", disbursedOn);
        Versioned<LoanDossier> loan = get(id);
        Optional<TrancheRecord> earlier = request.replayOf(request.keyed()
                ? loan.aggregate().loan().trancheByKey(request.key()) : Optional.empty(), TrancheRecord::fingerprint);
        if (earlier.isPresent() && earlier.get().state() == TrancheRecord.TrancheState.DISBURSED) {
            return new Disbursement(loan, earlier.get(), true);
        }
        // A retry of one that stopped half-way finishes it; otherwise a new tranche is reserved.
        String trancheId = earlier.map(TrancheRecord::trancheId).orElseGet(() -> {
            String newTranche = UUID.randomUUID().toString();
            store.changeLatest(id, dossier -> {
                if (request.keyed() && dossier.loan().trancheByKey(request.key()).isPresent()) {
                    throw new ConflictException("A disbursement with this Idempotency-Key is in progress; retry shortly.");
                }
                dossier.reserveTranche(newTranche, amount, on, request.key(), request.fingerprint(), calendar.today(), actor,
                        clock.instant());
                return List.of();
            });
            return newTranche;
        });
        return completeTranche(id, trancheId, actor);
    }

    private Disbursement completeTranche(String id, String trancheId, String actor) {
        LoanDossier dossier = get(id).aggregate();
        TrancheRecord tranche = dossier.loan().tranche(trancheId).orElseThrow();
        try {
            funds.book(dossier.application().fundId(), trancheId, LedgerEntryKind.LOAN_OUT, tranche.amount(), tranche.on(),
                    id, "tranche", actor);
        } catch (RuntimeException refused) {
            store.changeLatest(id, d -> {
                d.cancelTranche(trancheId);
                return List.of();
            });
            throw refused;
        }
        Versioned<LoanDossier> confirmed = store.changeLatest(id, d -> d.confirmTranche(trancheId).map(List::of)
                .orElse(List.of()));
        metrics.disbursed(tranche.amount());
        return new Disbursement(confirmed, confirmed.aggregate().loan().tranche(trancheId).orElseThrow(), false);
    }

    /**
     * Finishes what a crash left half-way: a tranche reserved long enough ago is confirmed when the
     * fund's ledger has its entry, and dropped otherwise (a retry with the same key then disburses afresh).
     */
    public int reconcilePendingTranches(Duration olderThan) {
        int reconciled = 0;
        for (Versioned<LoanDossier> stored : store.withPendingTranches()) {
            LoanDossier dossier = stored.aggregate();
            for (TrancheRecord tranche : dossier.loan().tranches()) {
                if (tranche.state() != TrancheRecord.TrancheState.PENDING
                        || tranche.reservedAt().isAfter(clock.instant().minus(olderThan))) {
                    continue;
                }
                boolean booked = funds.get(dossier.application().fundId()).aggregate().entry(tranche.trancheId()).isPresent();
                store.changeLatest(dossier.id(), d -> {
                    if (booked) {
                        return d.confirmTranche(tranche.trancheId()).map(List::of).orElse(List.of());
                    }
                    d.cancelTranche(tranche.trancheId());
                    return List.of();
                });
                log.info("Reconciled tranche {} of loan {}: {}", tranche.trancheId(), dossier.id(),
                        booked ? "confirmed from the fund's ledger" : "dropped, the fund never booked it");
                reconciled++;
            }
        }
        return reconciled;
    }

    /** The result of a repayment request. */
    public record Repaid(Versioned<LoanDossier> loan, RepaymentRecord repayment, boolean replayed) {
    }

    /** A repayment, once per idempotency key. The fund's capital is credited by the repayment's event. */
    public Repaid repay(String id, long amount, LocalDate receivedOn, IdempotentRequest request, String actor) {
        LocalDate on = calendar.happened("receivedOn", receivedOn);
        if (request.keyed()) {
            Versioned<LoanDossier> loan = get(id);
            Optional<RepaymentRecord> earlier = request.replayOf(loan.aggregate().loan().repaymentByKey(request.key()),
                    RepaymentRecord::fingerprint);
            if (earlier.isPresent()) {
                return new Repaid(loan, earlier.get(), true);
            }
        }
        String repaymentId = UUID.randomUUID().toString();
        Versioned<LoanDossier> loan = store.changeLatest(id, dossier -> {
            if (request.keyed() && dossier.loan().repaymentByKey(request.key()).isPresent()) {
                throw new ConflictException("A repayment with this Idempotency-Key was just recorded; retry to see it.");
            }
            return dossier.repay(repaymentId, amount, on, request.key(), request.fingerprint(), calendar.today(), actor);
        });
        RepaymentRecord repayment = loan.aggregate().loan().repayments().stream()
                .filter(r -> r.repaymentId().equals(repaymentId)).findFirst().orElseThrow();
        metrics.recovered(repayment.principal());
        return new Repaid(loan, repayment, false);
    }

    /** The registry dissolved the organisation: open dossiers close, active loans are flagged for recovery. */
    public void organisationDissolved(String organisationId, String reason, LocalDate on) {
        for (Versioned<LoanDossier> loan : store.byOrganisation(organisationId)) {
            store.changeLatest(loan.aggregate().id(), dossier -> dossier.organisationDissolved(reason, on, "registry",
                    clock.instant()));
        }
    }

    /** The daily ageing for a business date: each active loan into its arrears bucket by days overdue. */
    public int age(LocalDate businessDate, String actor) {
        int moved = 0;
        for (Versioned<LoanDossier> loan : store.byStatus(LoanStatus.ACTIVE)) {
            Versioned<LoanDossier> after = store.changeLatest(loan.aggregate().id(),
                    dossier -> dossier.age(businessDate, actor).map(List::of).orElse(List.of()));
            if (after.aggregate().loan().bucket() != loan.aggregate().loan().bucket()) {
                moved++;
            }
        }
        return moved;
    }

    /** The loan's money as of a business date (today in Vietnam by default). */
    public LoanPosition position(String id, LocalDate asOf) {
        return get(id).aggregate().account().positionAsOf(calendar.orToday(asOf));
    }

    /** Every dossier, for the portfolio's figures and the meters. */
    public List<Versioned<LoanDossier>> all() {
        return store.all();
    }
}
