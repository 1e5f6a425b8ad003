package vn.hoptac.loan.fund.messaging;

import java.util.Map;
import vn.hoptac.contracts.EventTypes.Loans;
import vn.hoptac.loan.fund.domain.FundCapitalChanged;
import vn.hoptac.loan.fund.domain.FundEvent;
import vn.hoptac.loan.fund.domain.FundOpened;
import vn.hoptac.plumbing.events.EventTypeMap;

/** The published type of each fund event (from the contracts), never the class name. */
public final class FundEventTypes {

    public static final EventTypeMap<FundEvent> TYPES = new EventTypeMap<>(Map.of(
            FundOpened.class, Loans.FUND_OPENED,
            FundCapitalChanged.class, Loans.FUND_CAPITAL_CHANGED));

    private FundEventTypes() {
    }
}
