package vn.hoptac.loan.organisation.persistence;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the loan service knows of an organisation, learnt only from the registry's events: enough
 * to decide who may borrow. The registry stays the owner; this is a local copy.
 */
@Document(KnownOrganisation.COLLECTION)
public class KnownOrganisation {

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

    protected KnownOrganisation() {
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
