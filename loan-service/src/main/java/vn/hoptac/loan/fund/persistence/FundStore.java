package vn.hoptac.loan.fund.persistence;

import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.hoptac.loan.fund.domain.Fund;
import vn.hoptac.loan.fund.domain.FundEvent;
import vn.hoptac.loan.fund.messaging.FundEventTypes;
import vn.hoptac.plumbing.outbox.AggregateRepository;
import vn.hoptac.plumbing.outbox.AggregateStore;
import vn.hoptac.plumbing.outbox.Versioned;

/** Funds through the one command path. */
@Component
public class FundStore extends AggregateRepository<Fund, FundEvent, FundDocument> {

    public FundStore(MongoTemplate mongo, AggregateStore aggregates) {
        super(mongo, aggregates, FundDocument.class, FundEventTypes.TYPES, "fund");
    }

    public List<Versioned<Fund>> all() {
        return mongo.findAll(FundDocument.class).stream().map(this::versioned).toList();
    }
}
