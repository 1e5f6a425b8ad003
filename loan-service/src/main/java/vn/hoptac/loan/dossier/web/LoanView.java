package vn.hoptac.loan.dossier.web;

import java.time.LocalDate;
import java.util.List;
import vn.hoptac.loan.dossier.domain.Appraisal;
import vn.hoptac.loan.dossier.domain.Decision;
import vn.hoptac.loan.dossier.domain.LoanDossier;
import vn.hoptac.loan.dossier.domain.LoanStatus;
import vn.hoptac.loan.dossier.domain.RepaymentRecord;
import vn.hoptac.loan.dossier.domain.TrancheRecord;
import vn.hoptac.loan.dossier.domain.DisbursedLoan;
import vn.hoptac.loan.dossier.domain.Origination;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.loan.schedule.ArrearsBucket;
import vn.hoptac.loan.schedule.Instalment;

/** A dossier as the API shows it, with its audit trail, tranches, repayments and schedule. */
public record LoanView(String id, String organisationId, String organisationName, String fundId, String purpose,
        long amountRequested, int termMonths, boolean newRuralAreaCommune, LocalDate receivedOn, LoanStatus status,
        Appraisal appraisal, List<Decision> decisions, long approvedAmount, LocalDate approvedOn, List<Tranche> tranches,
        List<Repayment> repayments, List<Instalment> schedule, ArrearsBucket arrearsBucket, long daysOverdue,
        boolean recoveryRequired, long writtenOffAmount, long version) {

    /** A tranche without its idempotency bookkeeping. */
    public record Tranche(String trancheId, long amount, LocalDate disbursedOn, TrancheRecord.TrancheState state) {
    }

    /** A repayment and its allocation. */
    public record Repayment(String repaymentId, long amount, LocalDate receivedOn, long overdueInterest, long interest,
            long principal, boolean afterWriteOff) {
    }

    static LoanView of(Versioned<LoanDossier> stored) {
        LoanDossier d = stored.aggregate();
        Origination o = d.origination();
        DisbursedLoan l = d.loan();
        LoanDossier.Application a = o.application();
        return new LoanView(d.id(), a.organisationId(), a.organisationName(), a.fundId(), a.purpose(), a.amountRequested(),
                a.termMonths(), a.newRuralAreaCommune(), o.receivedOn(), d.status(), o.appraisal(), d.decisions(),
                o.approvedAmount(), o.approvedOn(),
                l.tranches().stream().map(t -> new Tranche(t.trancheId(), t.amount(), t.on(), t.state())).toList(),
                l.repayments().stream().map(LoanView::repayment).toList(), l.schedule(), l.bucket(), l.daysOverdue(),
                l.recoveryRequired(), l.writtenOffAmount(), stored.version());
    }

    private static Repayment repayment(RepaymentRecord r) {
        return new Repayment(r.repaymentId(), r.amount(), r.on(), r.overdueInterest(), r.interest(), r.principal(),
                r.afterWriteOff());
    }
}
