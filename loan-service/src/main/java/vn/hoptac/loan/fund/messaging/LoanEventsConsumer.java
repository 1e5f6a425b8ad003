package vn.hoptac.loan.fund.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.hoptac.contracts.EventTypes.Loans;
import vn.hoptac.loan.fund.application.FundService;
import vn.hoptac.loan.fund.domain.LedgerEntryKind;
import vn.hoptac.plumbing.consuming.EventDispatcher;
import vn.hoptac.plumbing.consuming.TrustedSources;
import vn.hoptac.plumbing.consuming.IncomingEvent;

/**
 * The binding {@code loanEvents} on this service's own {@code loans.events}: money coming back to a
 * fund is the second command of a change that links a loan and its fund, driven by the loan's
 * event. The ledger's entry id is the repayment's, so a redelivery books nothing twice.
 */
@Configuration
class LoanEventsConsumer {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Split(long principal) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LoanMoney(String loanId, String fundId, String effectiveOn, String actor, String repaymentId, Long amount,
            Split allocation) {
    }

    @Bean
    Consumer<Message<byte[]>> loanEvents(FundService funds, TrustedSources trust, MeterRegistry meters) {
        return EventDispatcher.forConsumer("loan-service-funds", trust, meters)
                .on(Loans.LOAN_REPAYMENT_RECEIVED, event -> {
                    LoanMoney money = event.data(LoanMoney.class);
                    if (money.allocation().principal() > 0) {
                        book(funds, event, money, money.repaymentId(), LedgerEntryKind.PRINCIPAL_RECOVERED,
                                money.allocation().principal());
                    }
                })
                .on(Loans.LOAN_WRITTEN_OFF, event -> {
                    LoanMoney money = event.data(LoanMoney.class);
                    book(funds, event, money, "write-off:" + money.loanId(), LedgerEntryKind.WRITE_OFF, money.amount());
                })
                .on(Loans.LOAN_RECOVERED, event -> {
                    LoanMoney money = event.data(LoanMoney.class);
                    book(funds, event, money, money.repaymentId(), LedgerEntryKind.RECOVERED_AFTER_WRITE_OFF, money.amount());
                })
                .build();
    }

    private static void book(FundService funds, IncomingEvent event, LoanMoney money, String entryId, LedgerEntryKind kind,
            long amount) {
        funds.book(money.fundId(), entryId, kind, amount, LocalDate.parse(money.effectiveOn()), money.loanId(),
                event.type(), money.actor());
    }
}
