package vn.hoptac.loan.fund.messaging;

import vn.hoptac.loan.fund.domain.FundCapitalChanged;
import vn.hoptac.loan.fund.domain.FundEvent;
import vn.hoptac.loan.fund.domain.FundOpened;
import vn.hoptac.plumbing.events.OutgoingEvent;

/** The published type of each fund event. */
public final class FundEventTypes {

    public static final String OPENED = "vn.hoptac.loans.fund.opened.v1";
    public static final String CAPITAL_CHANGED = "vn.hoptac.loans.fund.capital-changed.v1";

    private FundEventTypes() {
    }

    public static OutgoingEvent outgoing(FundEvent event) {
        if (event instanceof FundOpened) {
            return new OutgoingEvent(OPENED, event);
        }
        if (event instanceof FundCapitalChanged) {
            return new OutgoingEvent(CAPITAL_CHANGED, event);
        }
        throw new IllegalStateException("No published type for " + event.getClass().getName());
    }
}
