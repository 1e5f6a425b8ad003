package vn.hoptac.loan.fund.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.hoptac.loan.fund.domain.Fund;
import vn.hoptac.loan.fund.domain.FundKind;
import vn.hoptac.loan.fund.domain.LedgerEntry;
import vn.hoptac.loan.fund.domain.LedgerEntryKind;
import vn.hoptac.loan.fund.persistence.FundDocument;
import vn.hoptac.loan.fund.persistence.FundStore;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.plumbing.web.IdempotentRequest;


/**
 * Funds and their capital. Every booking is a conditional write on the version the fund was read
 * at, retried on contention, so concurrent disbursements can never take the capital below zero.
 */
@Service
public class FundService {

    private final FundStore store;
    private final Alliance alliance;
    private final Clock clock;

    public FundService(FundStore store, Alliance alliance, Clock clock) {
        this.store = store;
        this.alliance = alliance;
        this.clock = clock;
    }

    public Versioned<Fund> open(String id, String name, FundKind kind, Long charterCapital, boolean lendsToGroups,
            LocalDate on, String actor) {
        Fund.Opening opening = Fund.open(id, name, kind, charterCapital, lendsToGroups, alliance.provinceCode(), on, actor);
        try {
            return store.insert(new FundDocument(id), opening.fund(), List.of(opening.event()));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A fund with id " + id + " already exists.");
        }
    }

    public Versioned<Fund> get(String id) {
        return store.get(id);
    }

    public Optional<Fund> find(String id) {
        return store.find(id).map(Versioned::aggregate);
    }

    public List<Versioned<Fund>> all() {
        return store.all();
    }

    /** What a contribution request came to: the entry, and whether an earlier identical request had booked it. */
    public record Contribution(LedgerEntry entry, boolean replayed) {
    }

    /** Capital paid into the fund, once per idempotency key. */
    public Contribution contribute(String fundId, long amount, LocalDate on, String reference, IdempotentRequest request,
            String actor) {
        String entryId = "contribution:" + (request.keyed() ? request.key() : UUID.randomUUID());
        var earlier = request.replayOf(get(fundId).aggregate().entry(entryId), LedgerEntry::requestFingerprint);
        if (earlier.isPresent()) {
            return new Contribution(earlier.get(), true);
        }
        Fund fund = store.changeLatest(fundId, f -> f.book(entryId, LedgerEntryKind.CONTRIBUTION, amount, on, null,
                reference, actor, clock.instant(), request.fingerprint()).map(List::of).orElse(List.of())).aggregate();
        LedgerEntry entry = fund.entry(entryId).orElseThrow();
        // Booked by a concurrent retry of another request with the same key: the fingerprint tells.
        request.replayOf(Optional.of(entry), LedgerEntry::requestFingerprint);
        return new Contribution(entry, false);
    }

    /**
     * Books a capital movement once per entry id: a repeated booking returns the entry already
     * there. A loan out beyond the available capital is a {@link ConflictException}.
     */
    public LedgerEntry book(String fundId, String entryId, LedgerEntryKind kind, long amount, LocalDate on, String loanId,
            String reference, String actor) {
        Fund fund = store.changeLatest(fundId, f -> f.book(entryId, kind, amount, on, loanId, reference, actor,
                clock.instant()).map(List::of).orElse(List.of())).aggregate();
        return fund.entry(entryId).orElseThrow();
    }
}
