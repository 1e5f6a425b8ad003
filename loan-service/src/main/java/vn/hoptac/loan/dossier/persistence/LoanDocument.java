package vn.hoptac.loan.dossier.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hoptac.loan.dossier.domain.Appraisal;
import vn.hoptac.loan.dossier.domain.Decision;
import vn.hoptac.loan.dossier.domain.DisbursedLoan;
import vn.hoptac.loan.dossier.domain.LoanDossier;
import vn.hoptac.loan.dossier.domain.LoanStatus;
import vn.hoptac.loan.dossier.domain.Origination;
import vn.hoptac.loan.dossier.domain.RepaymentRecord;
import vn.hoptac.loan.dossier.domain.TrancheRecord;
import vn.hoptac.loan.schedule.ArrearsBucket;
import vn.hoptac.loan.schedule.Instalment;
import vn.hoptac.plumbing.outbox.AggregateDocument;
import vn.hoptac.plumbing.outbox.OutboxDocument;

/** A dossier as stored, with its audit trail, tranches, repayments, schedule and outbox. */
@Document(LoanDocument.COLLECTION)
public class LoanDocument extends OutboxDocument implements AggregateDocument<LoanDossier> {

    public static final String COLLECTION = "loans";

    private LoanDossier.Application application;
    private String organisationId; // copied out for queries
    private String fundId;
    private boolean newRuralAreaCommune;
    private LocalDate receivedOn;
    private LoanStatus status;
    private Appraisal appraisal;
    private List<Decision> decisions = new ArrayList<>();
    private long approvedAmount;
    private LocalDate approvedOn;
    private List<TrancheRecord> tranches = new ArrayList<>();
    private boolean hasPendingTranche;
    private List<RepaymentRecord> repayments = new ArrayList<>();
    private List<Instalment> schedule = new ArrayList<>();
    private ArrearsBucket bucket;
    private long daysOverdue;
    private boolean recoveryRequired;
    private long writtenOffAmount;

    protected LoanDocument() {
    }

    public LoanDocument(String id) {
        super(id);
    }

    @Override
    public void copy(LoanDossier dossier) {
        Origination origination = dossier.origination();
        DisbursedLoan loan = dossier.loan();
        application = origination.application();
        organisationId = application.organisationId();
        fundId = application.fundId();
        newRuralAreaCommune = application.newRuralAreaCommune();
        receivedOn = origination.receivedOn();
        status = dossier.status();
        appraisal = origination.appraisal();
        decisions = new ArrayList<>(dossier.decisions());
        approvedAmount = origination.approvedAmount();
        approvedOn = origination.approvedOn();
        tranches = new ArrayList<>(loan.tranches());
        hasPendingTranche = tranches.stream().anyMatch(t -> t.state() == TrancheRecord.TrancheState.PENDING);
        repayments = new ArrayList<>(loan.repayments());
        schedule = new ArrayList<>(loan.schedule());
        bucket = loan.bucket();
        daysOverdue = loan.daysOverdue();
        recoveryRequired = loan.recoveryRequired();
        writtenOffAmount = loan.writtenOffAmount();
    }

    @Override
    public LoanDossier toAggregate() {
        return LoanDossier.restore(getId(), status, decisions,
                Origination.restore(application, receivedOn, appraisal, approvedAmount, approvedOn),
                DisbursedLoan.restore(tranches, repayments, schedule, bucket, daysOverdue, recoveryRequired, writtenOffAmount));
    }

    public LoanStatus getStatus() {
        return status;
    }
}
