package vn.hoptac.loan.fund.persistence;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hoptac.loan.fund.domain.Fund;
import vn.hoptac.loan.fund.domain.FundKind;
import vn.hoptac.loan.fund.domain.LedgerEntry;
import vn.hoptac.plumbing.outbox.AggregateDocument;
import vn.hoptac.plumbing.outbox.OutboxDocument;

/** A fund as stored: its ledger lives in the same document, so a movement and its event are one write. */
@Document(FundDocument.COLLECTION)
public class FundDocument extends OutboxDocument implements AggregateDocument<Fund> {

    public static final String COLLECTION = "funds";

    private String name;
    private FundKind kind;
    private Long charterCapital;
    private boolean lendsToGroups;
    private String provinceCode;
    private long available; // a copy of the ledger's sum, for queries; the ledger is the truth
    private List<LedgerEntry> ledger = new ArrayList<>();

    protected FundDocument() {
    }

    public FundDocument(String id) {
        super(id);
    }

    @Override
    public void copy(Fund fund) {
        name = fund.name();
        kind = fund.kind();
        charterCapital = fund.charterCapital();
        lendsToGroups = fund.lendsToGroups();
        provinceCode = fund.provinceCode();
        ledger = new ArrayList<>(fund.ledger());
        available = fund.available();
    }

    @Override
    public Fund toAggregate() {
        return Fund.restore(getId(), name, kind, charterCapital, lendsToGroups, provinceCode, ledger);
    }

    public long getAvailable() {
        return available;
    }
}
