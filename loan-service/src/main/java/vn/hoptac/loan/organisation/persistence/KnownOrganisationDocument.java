package vn.hoptac.loan.organisation.persistence;

import java.util.ArrayList;
import java.util.List;
import vn.hoptac.loan.organisation.domain.KnownOrganisation;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How the local copy of an organisation is stored, with the registry events already applied to it. */
@Document(KnownOrganisationDocument.COLLECTION)
public class KnownOrganisationDocument {

    public static final String COLLECTION = "organisations";

    @Id
    private String id;
    private String name;
    private String type;
    private String status;
    private String provinceCode;
    private String commune;
    private long lastSequence;
    private List<String> appliedEvents = new ArrayList<>();

    protected KnownOrganisationDocument() {
    }

    public KnownOrganisation toKnownOrganisation() {
        return new KnownOrganisation(id, name, type, status, provinceCode, commune, lastSequence);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public String getStatus() {
        return status;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getCommune() {
        return commune;
    }

    public long getLastSequence() {
        return lastSequence;
    }
}
