package vn.hoptac.loan.fund.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.hoptac.loan.fund.domain.Fund;
import vn.hoptac.loan.fund.domain.FundCapitalChanged;
import vn.hoptac.loan.fund.domain.FundKind;
import vn.hoptac.loan.fund.domain.LedgerEntry;
import vn.hoptac.loan.fund.domain.LedgerEntryKind;
import vn.hoptac.loan.fund.persistence.FundDocument;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.NotFoundException;
import vn.hoptac.plumbing.outbox.AggregateStore;

/**
 * Funds and their capital. Every booking is a conditional write on the version the fund was read
 * at, retried on contention, so concurrent disbursements can never take the capital below zero.
 */
@Service
public class FundService {

    private static final int MAX_ATTEMPTS = 100;

    private final MongoTemplate mongo;
    private final AggregateStore aggregates;
    private final Alliance alliance;
    private final Clock clock;

    public FundService(MongoTemplate mongo, AggregateStore aggregates, Alliance alliance, Clock clock) {
        this.mongo = mongo;
        this.aggregates = aggregates;
        this.alliance = alliance;
        this.clock = clock;
    }

    public FundDocument open(String id, String name, FundKind kind, Long charterCapital, boolean lendsToGroups,
            LocalDate on, String actor) {
        Fund.Opening opening = Fund.open(id, name, kind, charterCapital, lendsToGroups, alliance.provinceCode(), on, actor);
        FundDocument document = new FundDocument(id);
        document.copy(opening.fund());
        try {
            return aggregates.insert(document, List.of(FundEventTypes.outgoing(opening.event())));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A fund with id " + id + " already exists.");
        }
    }

    public FundDocument get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("No fund with id " + id));
    }

    public Optional<FundDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, FundDocument.class));
    }

    public List<FundDocument> all() {
        return mongo.findAll(FundDocument.class);
    }

    /**
     * Books a capital movement once per entry id: a repeated booking returns the entry already
     * there. A loan out beyond the available capital is a {@link ConflictException}.
     */
    public LedgerEntry book(String fundId, String entryId, LedgerEntryKind kind, long amount, LocalDate on, String loanId,
            String reference, String actor) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            FundDocument document = get(fundId);
            Fund fund = document.toFund();
            Optional<FundCapitalChanged> booked = fund.book(entryId, kind, amount, on, loanId, reference, actor, clock.instant());
            if (booked.isEmpty()) {
                return fund.entry(entryId).orElseThrow();
            }
            long version = document.getVersion();
            document.copy(fund);
            if (aggregates.update(document, version, List.of(FundEventTypes.outgoing(booked.get())))) {
                return fund.entry(entryId).orElseThrow();
            }
        }
        throw new ConflictException("The fund " + fundId + " is too busy right now; retry the request.");
    }
}
