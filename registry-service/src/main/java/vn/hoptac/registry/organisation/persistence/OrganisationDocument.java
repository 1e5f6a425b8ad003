package vn.hoptac.registry.organisation.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hoptac.plumbing.outbox.AggregateDocument;
import vn.hoptac.plumbing.outbox.OutboxDocument;
import vn.hoptac.registry.organisation.domain.Dissolution;
import vn.hoptac.registry.organisation.domain.ModelStatus;
import vn.hoptac.registry.organisation.domain.Organisation;
import vn.hoptac.registry.organisation.domain.OrganisationProfile;
import vn.hoptac.registry.organisation.domain.OrganisationStatus;
import vn.hoptac.registry.organisation.domain.ProfileVersion;
import vn.hoptac.registry.organisation.domain.SearchText;
import vn.hoptac.registry.organisation.domain.StatusVersion;
import vn.hoptac.registry.organisation.domain.ValueChainParticipation;

/** An organisation as stored: its state, the folded name search uses, and its outbox. */
@Document(OrganisationDocument.COLLECTION)
public class OrganisationDocument extends OutboxDocument implements AggregateDocument<Organisation> {

    public static final String COLLECTION = "organisations";

    private OrganisationProfile profile;
    private String registrationCode; // copied out of the profile for its unique index
    private String searchName;
    private OrganisationStatus status;
    private LocalDate statusSince;
    private String statusReason;
    private Dissolution dissolution;
    private LocalDate lastChangeOn;
    private Instant registeredAt;
    private List<ProfileVersion> profileHistory = new ArrayList<>();
    private List<StatusVersion> statusHistory = new ArrayList<>();
    private List<ValueChainParticipation> valueChains = new ArrayList<>();
    private List<String> currentValueChains = new ArrayList<>(); // for queries
    private ModelStatus modelStatus;
    private String formerProvinceCode; // for queries

    protected OrganisationDocument() {
    }

    public OrganisationDocument(String id) {
        super(id);
    }

    public static OrganisationDocument registered(Organisation organisation, Instant at) {
        OrganisationDocument document = new OrganisationDocument(organisation.id());
        document.registeredAt = at;
        document.copy(organisation);
        return document;
    }

    @Override
    public void copy(Organisation organisation) {
        profile = organisation.profile();
        registrationCode = profile.registrationCode();
        searchName = SearchText.fold(profile.name());
        status = organisation.status();
        statusSince = organisation.statusSince();
        statusReason = organisation.statusReason();
        dissolution = organisation.dissolution();
        lastChangeOn = organisation.lastChangeOn();
        profileHistory = new ArrayList<>(organisation.profileHistory());
        statusHistory = new ArrayList<>(organisation.statusHistory());
        valueChains = new ArrayList<>(organisation.valueChains());
        currentValueChains = valueChains.stream().filter(c -> c.leftOn() == null).map(ValueChainParticipation::chain).toList();
        modelStatus = organisation.modelStatus();
        formerProvinceCode = profile.formerProvinceCode();
    }

    @Override
    public Organisation toAggregate() {
        return Organisation.restore(getId(), profile, status, statusSince, statusReason, dissolution, lastChangeOn,
                profileHistory, statusHistory, valueChains, modelStatus);
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
