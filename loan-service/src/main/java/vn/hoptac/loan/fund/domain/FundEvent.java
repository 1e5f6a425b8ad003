package vn.hoptac.loan.fund.domain;

import java.time.LocalDate;

/** What happened to a fund. The records are the event data on the wire (contracts: loans.events). */
public sealed interface FundEvent permits FundOpened, FundCapitalChanged {

    String fundId();

    String provinceCode();

    LocalDate effectiveOn();

    String actor();
}
