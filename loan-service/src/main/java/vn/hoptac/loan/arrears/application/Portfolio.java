package vn.hoptac.loan.arrears.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.hoptac.loan.dossier.domain.LoanDossier;
import vn.hoptac.loan.dossier.domain.LoanStatus;
import vn.hoptac.loan.dossier.domain.RepaymentRecord;
import vn.hoptac.loan.dossier.application.LoanService;
import vn.hoptac.loan.dossier.domain.DecisionKind;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.loan.schedule.ArrearsBucket;
import vn.hoptac.loan.schedule.LoanPosition;

/** The fund's loan book as of any business date, recomputed from each loan's tranches and repayments. */
@Component
public class Portfolio {

    private final LoanService dossiers;

    public Portfolio(LoanService dossiers) {
        this.dossiers = dossiers;
    }

    /**
     * The figures as of a date. Portfolio at risk over 30 days = outstanding principal of loans more
     * than 30 days overdue / all outstanding principal.
     */
    public record Figures(LocalDate asOf, long activeLoans, long disbursed, long principalRepaid, long interestPaid,
            long outstandingPrincipal, long overduePrincipal, long overdueInterest, long writtenOff,
            long recoveredAfterWriteOff, BigDecimal portfolioAtRisk30, Map<ArrearsBucket, Long> loansByBucket,
            Map<ArrearsBucket, Long> outstandingByBucket) {
    }

    public Figures asOf(LocalDate date) {
        long active = 0;
        long disbursed = 0;
        long principalRepaid = 0;
        long interestPaid = 0;
        long outstanding = 0;
        long overduePrincipal = 0;
        long overdueInterest = 0;
        long atRisk = 0;
        long writtenOff = 0;
        long recovered = 0;
        Map<ArrearsBucket, Long> loans = new EnumMap<>(ArrearsBucket.class);
        Map<ArrearsBucket, Long> byBucket = new EnumMap<>(ArrearsBucket.class);
        for (Versioned<LoanDossier> stored : dossiers.all()) {
            LoanDossier dossier = stored.aggregate();
            if (!dossier.loan().hasDisbursement() || dossier.loan().tranches().get(0).on().isAfter(date)) {
                continue;
            }
            LoanPosition position = dossier.account().positionAsOf(date);
            disbursed += position.disbursed();
            principalRepaid += position.principalRepaid();
            interestPaid += position.interestPaid();
            boolean writtenOffBy = dossier.status() == LoanStatus.WRITTEN_OFF && writeOffDate(dossier) != null
                    && !writeOffDate(dossier).isAfter(date);
            if (writtenOffBy) {
                writtenOff += dossier.loan().writtenOffAmount();
                recovered += dossier.loan().repayments().stream().filter(r -> r.afterWriteOff() && !r.on().isAfter(date))
                        .mapToLong(RepaymentRecord::amount).sum();
                continue;
            }
            if (position.outstandingPrincipal() == 0 && position.payoffAmount() == 0) {
                continue;
            }
            active++;
            outstanding += position.outstandingPrincipal();
            overduePrincipal += position.overduePrincipal();
            overdueInterest += position.overdueInterest();
            if (position.daysOverdue() > 30) {
                atRisk += position.outstandingPrincipal();
            }
            loans.merge(position.bucket(), 1L, Long::sum);
            byBucket.merge(position.bucket(), position.outstandingPrincipal(), Long::sum);
        }
        BigDecimal par30 = outstanding == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(atRisk).divide(BigDecimal.valueOf(outstanding), 4, RoundingMode.HALF_UP);
        return new Figures(date, active, disbursed, principalRepaid, interestPaid, outstanding, overduePrincipal,
                overdueInterest, writtenOff, recovered, par30, loans, byBucket);
    }

    private static LocalDate writeOffDate(LoanDossier dossier) {
        return dossier.decisions().stream().filter(d -> d.kind() == DecisionKind.WRITTEN_OFF).map(d -> d.on()).findFirst()
                .orElse(null);
    }
}
