package vn.hoptac.loan.dossier.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hoptac.loan.dossier.domain.Appraisal;
import vn.hoptac.loan.dossier.domain.Decision;
import vn.hoptac.loan.dossier.domain.LoanDossier;
import vn.hoptac.loan.dossier.domain.LoanStatus;
import vn.hoptac.loan.dossier.domain.RepaymentRecord;
import vn.hoptac.loan.dossier.domain.TrancheRecord;
import vn.hoptac.loan.schedule.ArrearsBucket;
import vn.hoptac.loan.schedule.Instalment;
import vn.hoptac.plumbing.outbox.OutboxDocument;

/** A dossier as stored, with its audit trail, tranches, repayments, schedule and outbox. */
@Document(LoanDocument.COLLECTION)
public class LoanDocument extends OutboxDocument {

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

    public void copy(LoanDossier dossier) {
        application = dossier.application();
        organisationId = application.organisationId();
        fundId = application.fundId();
        newRuralAreaCommune = application.newRuralAreaCommune();
        receivedOn = dossier.receivedOn();
        status = dossier.status();
        appraisal = dossier.appraisal();
        decisions = new ArrayList<>(dossier.decisions());
        approvedAmount = dossier.approvedAmount();
        approvedOn = dossier.approvedOn();
        tranches = new ArrayList<>(dossier.tranches());
        hasPendingTranche = tranches.stream().anyMatch(t -> t.state() == TrancheRecord.TrancheState.PENDING);
        repayments = new ArrayList<>(dossier.repayments());
        schedule = new ArrayList<>(dossier.schedule());
        bucket = dossier.bucket();
        daysOverdue = dossier.daysOverdue();
        recoveryRequired = dossier.recoveryRequired();
        writtenOffAmount = dossier.writtenOffAmount();
    }

    public LoanDossier toDossier() {
        return LoanDossier.restore(getId(), application, receivedOn, status, appraisal, decisions, approvedAmount, approvedOn,
                tranches, repayments, schedule, bucket, daysOverdue, recoveryRequired, writtenOffAmount);
    }

    public LoanStatus getStatus() {
        return status;
    }
}
