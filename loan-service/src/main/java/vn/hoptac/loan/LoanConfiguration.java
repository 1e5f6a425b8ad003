package vn.hoptac.loan;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoptac.loan.dossier.domain.LoanLimits;
import vn.hoptac.loan.dossier.persistence.LoanDocument;
import vn.hoptac.loan.fund.persistence.FundDocument;
import vn.hoptac.plumbing.outbox.OutboxCollection;

@Configuration
class LoanConfiguration {

    /** Loans and funds carry their events until the relay publishes them. */
    @Bean
    OutboxCollection loansOutbox() {
        return new OutboxCollection(LoanDocument.COLLECTION);
    }

    @Bean
    OutboxCollection fundsOutbox() {
        return new OutboxCollection(FundDocument.COLLECTION);
    }

    @Bean
    LoanLimits loanLimits(@Value("${hoptac.loans.max-loan-amount:10000000000}") long maxLoanAmount,
            @Value("${hoptac.loans.max-term-months:120}") int maxTermMonths) {
        return new LoanLimits(maxLoanAmount, maxTermMonths);
    }
}
