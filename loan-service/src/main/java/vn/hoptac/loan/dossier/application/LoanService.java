package vn.hoptac.loan.dossier.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hoptac.loan.dossier.application.LoanMetrics;
import vn.hoptac.loan.dossier.domain.LoanDossier;
import vn.hoptac.loan.dossier.domain.LoanEvent;
import vn.hoptac.loan.dossier.domain.LoanLimits;
import vn.hoptac.loan.dossier.domain.LoanStatus;
import vn.hoptac.loan.dossier.domain.RepaymentRecord;
import vn.hoptac.loan.dossier.domain.TrancheRecord;
import vn.hoptac.loan.dossier.messaging.LoanEventTypes;
import vn.hoptac.loan.dossier.persistence.LoanDocument;
import vn.hoptac.loan.dossier.persistence.LoanStore;
import vn.hoptac.loan.fund.application.FundService;
import vn.hoptac.loan.fund.domain.LedgerEntryKind;
import vn.hoptac.loan.fund.persistence.FundDocument;
import vn.hoptac.loan.organisation.persistence.KnownOrganisation;
import vn.hoptac.loan.organisation.application.OrganisationDirectory;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.errors.NotFoundException;
import vn.hoptac.plumbing.errors.PreconditionFailedException;
import vn.hoptac.plumbing.errors.UnprocessableException;

/**
 * The loan service's use cases. Each loads one dossier, lets it decide, and stores state and events
 * together. A disbursement touches two aggregates (the loan and the fund), so it is a short saga:
 * reserve the tranche on the loan, take the capital from the fund, confirm the tranche; a crash in
 * between is reconciled against the fund's ledger.
 */
@Service
public class LoanService {

    private static final Logger log = LoggerFactory.getLogger(LoanService.class);
    private static final int MAX_ATTEMPTS = 20;
    private static final Set<String> BORROWERS = Set.of("COOPERATIVE", "UNION_OF_COOPERATIVES");

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
    public LoanDocument receive(DossierRequest request, String actor) {
        KnownOrganisation organisation = organisations.find(request.organisationId()).orElseThrow(() ->
                new InvalidFieldException("organisationId", "the loan service has not heard of organisation "
                        + request.organisationId() + " from the registry (yet): register it there first"));
        FundDocument fund = funds.find(request.fundId()).orElseThrow(() ->
                new InvalidFieldException("fundId", "no fund with id " + request.fundId()));
        boolean groupAllowed = "COOPERATIVE_GROUP".equals(organisation.getType()) && fund.toFund().lendsToGroups();
        if (!BORROWERS.contains(organisation.getType()) && !groupAllowed) {
            throw new InvalidFieldException("organisationId", "a " + organisation.getType()
                    + " cannot borrow from fund " + request.fundId());
        }
        if (!"OPERATING".equals(organisation.getStatus())) {
            throw new InvalidFieldException("organisationId", "only an operating organisation can borrow; "
                    + organisation.getName() + " is " + organisation.getStatus());
        }
        if (!alliance.provinceCode().equals(organisation.getProvinceCode())) {
            throw new InvalidFieldException("organisationId", "the organisation is not of this alliance's province ("
                    + alliance.provinceCode() + ")");
        }
        LoanDossier.Application application = new LoanDossier.Application(organisation.getId(), organisation.getName(),
                request.fundId(), alliance.provinceCode(), request.purpose() == null ? null : request.purpose().strip(),
                request.amountRequested(), request.termMonths(), request.newRuralAreaCommune());
        LocalDate receivedOn = request.receivedOn() == null ? calendar.today() : request.receivedOn();
        if (receivedOn.isAfter(calendar.today())) {
            throw new InvalidFieldException("receivedOn", "is in the future (today in Vietnam is " + calendar.today() + ")");
        }
        LoanDossier.Receipt receipt = LoanDossier.receive(UUID.randomUUID().toString(), application, limits, receivedOn, actor);
        LoanDocument document = new LoanDocument(receipt.dossier().id());
        document.copy(receipt.dossier());
        return store.insert(document, LoanEventTypes.outgoing(List.of(receipt.event())));
    }

    public LoanDocument get(String id) {
        return store.findById(id).orElseThrow(() -> new NotFoundException("No loan dossier with id " + id));
    }

    /** A decision on the dossier, based on the version the officer read (If-Match). */
    public LoanDocument decide(String id, long expectedVersion, Function<LoanDossier, List<LoanEvent>> decision) {
        LoanDocument document = get(id);
        if (document.getVersion() != expectedVersion) {
            throw stale(document);
        }
        LoanDossier dossier = document.toDossier();
        List<LoanEvent> events = decision.apply(dossier);
        document.copy(dossier);
        if (!store.update(document, expectedVersion, LoanEventTypes.outgoing(events))) {
            throw stale(get(id));
        }
        return document;
    }

    /** A change that does not depend on what a person read: retried on contention. */
    private LoanDocument change(String id, Function<LoanDossier, List<LoanEvent>> change) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            LoanDocument document = get(id);
            long version = document.getVersion();
            LoanDossier dossier = document.toDossier();
            List<LoanEvent> events = change.apply(dossier);
            document.copy(dossier);
            if (store.update(document, version, LoanEventTypes.outgoing(events))) {
                return document;
            }
        }
        throw new ConflictException("The loan dossier " + id + " is too busy right now; retry the request.");
    }

    /** The result of a disbursement request: the loan and the tranche, and whether it replays an earlier one. */
    public record Disbursement(LoanDocument loan, TrancheRecord tranche, boolean replayed) {
    }

    /**
     * Disburses a tranche once per idempotency key: a retry answers the same tranche, the same key
     * with a different body is refused. Capital the fund does not have is refused, and nothing stays.
     */
    public Disbursement disburse(String id, long amount, LocalDate on, String idempotencyKey, String fingerprint,
            String actor) {
        LoanDocument document = get(id);
        String trancheId;
        Optional<TrancheRecord> earlier = idempotencyKey == null ? Optional.empty()
                : document.toDossier().trancheByKey(idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().fingerprint().equals(fingerprint)) {
                throw new UnprocessableException("This Idempotency-Key was already used for a different disbursement.");
            }
            if (earlier.get().state() == TrancheRecord.TrancheState.DISBURSED) {
                return new Disbursement(document, earlier.get(), true);
            }
            trancheId = earlier.get().trancheId(); // a retry of one that stopped half-way: finish it
        } else {
            trancheId = UUID.randomUUID().toString();
            String newTranche = trancheId;
            change(id, dossier -> {
                if (idempotencyKey != null && dossier.trancheByKey(idempotencyKey).isPresent()) {
                    throw new ConflictException("A disbursement with this Idempotency-Key is in progress; retry shortly.");
                }
                dossier.reserveTranche(newTranche, amount, on, idempotencyKey, fingerprint, calendar.today(), actor,
                        clock.instant());
                return List.of();
            });
        }
        return completeTranche(id, trancheId, actor);
    }

    private Disbursement completeTranche(String id, String trancheId, String actor) {
        LoanDossier dossier = get(id).toDossier();
        TrancheRecord tranche = dossier.tranche(trancheId).orElseThrow();
        try {
            funds.book(dossier.application().fundId(), trancheId, LedgerEntryKind.LOAN_OUT, tranche.amount(), tranche.on(),
                    id, "tranche", actor);
        } catch (RuntimeException refused) {
            change(id, d -> {
                d.cancelTranche(trancheId);
                return List.of();
            });
            throw refused;
        }
        LoanDocument confirmed = change(id, d -> d.confirmTranche(trancheId).map(List::of).orElse(List.of()));
        metrics.disbursed(tranche.amount());
        return new Disbursement(confirmed, confirmed.toDossier().tranche(trancheId).orElseThrow(), false);
    }

    /**
     * Finishes what a crash left half-way: a tranche reserved long enough ago is confirmed when the
     * fund's ledger has its entry, and dropped otherwise (a retry with the same key then disburses afresh).
     */
    public int reconcilePendingTranches(Duration olderThan) {
        int reconciled = 0;
        for (LoanDocument document : store.withPendingTranches()) {
            LoanDossier dossier = document.toDossier();
            for (TrancheRecord tranche : dossier.tranches()) {
                if (tranche.state() != TrancheRecord.TrancheState.PENDING
                        || tranche.reservedAt().isAfter(clock.instant().minus(olderThan))) {
                    continue;
                }
                boolean booked = funds.get(dossier.application().fundId()).toFund().entry(tranche.trancheId()).isPresent();
                change(document.getId(), d -> {
                    if (booked) {
                        return d.confirmTranche(tranche.trancheId()).map(List::of).orElse(List.of());
                    }
                    d.cancelTranche(tranche.trancheId());
                    return List.of();
                });
                log.info("Reconciled tranche {} of loan {}: {}", tranche.trancheId(), document.getId(),
                        booked ? "confirmed from the fund's ledger" : "dropped, the fund never booked it");
                reconciled++;
            }
        }
        return reconciled;
    }

    /** The result of a repayment request. */
    public record Repaid(LoanDocument loan, RepaymentRecord repayment, boolean replayed) {
    }

    /** A repayment, once per idempotency key. The fund's capital is credited by the repayment's event. */
    public Repaid repay(String id, long amount, LocalDate on, String idempotencyKey, String fingerprint, String actor) {
        if (idempotencyKey != null) {
            Optional<RepaymentRecord> earlier = get(id).toDossier().repaymentByKey(idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().fingerprint().equals(fingerprint)) {
                    throw new UnprocessableException("This Idempotency-Key was already used for a different repayment.");
                }
                return new Repaid(get(id), earlier.get(), true);
            }
        }
        String repaymentId = UUID.randomUUID().toString();
        LoanDocument document = change(id, dossier -> {
            if (idempotencyKey != null && dossier.repaymentByKey(idempotencyKey).isPresent()) {
                throw new ConflictException("A repayment with this Idempotency-Key was just recorded; retry to see it.");
            }
            return dossier.repay(repaymentId, amount, on, idempotencyKey, fingerprint, calendar.today(), actor);
        });
        RepaymentRecord repayment = document.toDossier().repayments().stream()
                .filter(r -> r.repaymentId().equals(repaymentId)).findFirst().orElseThrow();
        metrics.recovered(repayment.principal());
        return new Repaid(document, repayment, false);
    }

    /** The registry dissolved the organisation: open dossiers close, active loans are flagged for recovery. */
    public void organisationDissolved(String organisationId, String reason, LocalDate on) {
        for (LoanDocument loan : store.byOrganisation(organisationId)) {
            change(loan.getId(), dossier -> dossier.organisationDissolved(reason, on, "registry", clock.instant()));
        }
    }

    /** The daily ageing for a business date: each active loan into its arrears bucket by days overdue. */
    public int age(LocalDate businessDate, String actor) {
        int moved = 0;
        for (LoanDocument loan : store.byStatus(LoanStatus.ACTIVE)) {
            LoanDocument after = change(loan.getId(), dossier -> dossier.age(businessDate, actor).map(List::of).orElse(List.of()));
            if (after.getVersion() != loan.getVersion()) {
                moved++;
            }
        }
        return moved;
    }

    private static PreconditionFailedException stale(LoanDocument current) {
        return new PreconditionFailedException("The dossier changed since you read it (it is now at version "
                + current.getVersion() + "): read it again and retry with ETag \"" + current.getVersion() + "\".");
    }
}
