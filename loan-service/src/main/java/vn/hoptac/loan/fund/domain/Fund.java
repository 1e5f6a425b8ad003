package vn.hoptac.loan.fund.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.UnprocessableException;
import vn.hoptac.plumbing.errors.InvalidFieldException;

/**
 * A fund and its ledger. The available capital is always the ledger's sum and can never go
 * negative: a loan out larger than what is available is refused.
 */
public final class Fund {

    private final String id;
    private final String name;
    private final FundKind kind;
    private final Long charterCapital;
    private final boolean lendsToGroups;
    private final String provinceCode;
    private final List<LedgerEntry> ledger;

    private Fund(String id, String name, FundKind kind, Long charterCapital, boolean lendsToGroups, String provinceCode,
            List<LedgerEntry> ledger) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.charterCapital = charterCapital;
        this.lendsToGroups = lendsToGroups;
        this.provinceCode = provinceCode;
        this.ledger = new ArrayList<>(ledger);
    }

    public static Fund restore(String id, String name, FundKind kind, Long charterCapital, boolean lendsToGroups,
            String provinceCode, List<LedgerEntry> ledger) {
        return new Fund(id, name, kind, charterCapital, lendsToGroups, provinceCode, ledger);
    }

    /** A new fund with nothing in it yet: capital arrives by contribution. */
    public static Opening open(String id, String name, FundKind kind, Long charterCapital, boolean lendsToGroups,
            String provinceCode, LocalDate on, String actor) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new InvalidFieldException("id", "must be 1 to 64 lower-case letters, digits and dashes, e.g. quy-ho-tro-htx");
        }
        if (charterCapital != null && charterCapital < 0) {
            throw new InvalidFieldException("charterCapital", "must not be negative");
        }
        Fund fund = new Fund(id, name.strip(), kind, charterCapital, lendsToGroups, provinceCode, List.of());
        return new Opening(fund, new FundOpened(id, provinceCode, on, actor, fund.name, kind, charterCapital));
    }

    /** A new fund and its opening event. */
    public record Opening(Fund fund, FundOpened event) {
    }

    /**
     * Books a movement once: a second booking with the same entry id changes nothing and returns
     * empty. Money taken out must be available.
     */
    public Optional<FundCapitalChanged> book(String entryId, LedgerEntryKind kind, long amount, LocalDate on, String loanId,
            String reference, String actor, Instant at) {
        return book(entryId, kind, amount, on, loanId, reference, actor, at, null);
    }

    /** The same, for a person's request: its fingerprint is kept with the entry, to tell a retry from a reuse of its key. */
    public Optional<FundCapitalChanged> book(String entryId, LedgerEntryKind kind, long amount, LocalDate on, String loanId,
            String reference, String actor, Instant at, String requestFingerprint) {
        if (entry(entryId).isPresent()) {
            return Optional.empty();
        }
        if (amount < 0 || (amount == 0 && kind != LedgerEntryKind.WRITE_OFF)) {
            throw new InvalidFieldException("amount", "must be more than 0");
        }
        if (kind.effectOnAvailable() < 0 && amount > available()) {
            throw new ConflictException("The fund " + id + " has " + available() + " VND available; " + amount
                    + " VND cannot be lent out.");
        }
        try {
            Math.addExact(available(), amount);
        } catch (ArithmeticException e) {
            throw new UnprocessableException("The fund " + id + " cannot hold " + amount + " VND more: its capital "
                    + "would exceed what its ledger can count.");
        }
        ledger.add(new LedgerEntry(entryId, kind, amount, on, loanId, reference, actor, at, requestFingerprint));
        return Optional.of(new FundCapitalChanged(id, provinceCode, on, actor, entryId, kind, amount, available(), loanId,
                reference));
    }

    public Optional<LedgerEntry> entry(String entryId) {
        return ledger.stream().filter(e -> e.entryId().equals(entryId)).findFirst();
    }

    /** Derived from the ledger, never stored on its own. */
    public long available() {
        return sum(ledger.stream());
    }

    /** Exact: a sum of money that overflowed would be a wrong figure, never a small one. */
    private static long sum(java.util.stream.Stream<LedgerEntry> entries) {
        return entries.mapToLong(e -> Math.multiplyExact(e.amount(), (long) e.kind().effectOnAvailable()))
                .reduce(0L, Math::addExact);
    }

    /** The ledger's movements up to a business date: the fund's figures as of then. */
    public long availableOn(LocalDate date) {
        return sum(ledger.stream().filter(e -> !e.on().isAfter(date)));
    }

    /** The movements dated up to {@code date}, the latest booked first: the ledger as it stood then. */
    public List<LedgerEntry> ledgerAsOf(LocalDate date) {
        return ledger.stream().filter(e -> !e.on().isAfter(date))
                .sorted(Comparator.comparing(LedgerEntry::bookedAt).reversed()).toList();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public FundKind kind() {
        return kind;
    }

    public Long charterCapital() {
        return charterCapital;
    }

    public boolean lendsToGroups() {
        return lendsToGroups;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public List<LedgerEntry> ledger() {
        return List.copyOf(ledger);
    }
}
