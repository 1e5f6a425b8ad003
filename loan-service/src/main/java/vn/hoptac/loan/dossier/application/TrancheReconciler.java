package vn.hoptac.loan.dossier.application;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Finishes disbursements a crash left between the loan and the fund, at startup and every minute. */
@Component
class TrancheReconciler {

    private final LoanService loans;
    private final Duration olderThan;

    TrancheReconciler(LoanService loans, @Value("${hoptac.loans.reconcile-after:2m}") Duration olderThan) {
        this.loans = loans;
        this.olderThan = olderThan;
    }

    @Scheduled(initialDelayString = "${hoptac.loans.reconcile-every:60s}", fixedDelayString = "${hoptac.loans.reconcile-every:60s}")
    void reconcile() {
        loans.reconcilePendingTranches(olderThan);
    }
}
