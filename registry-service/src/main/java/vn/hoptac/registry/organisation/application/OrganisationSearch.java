package vn.hoptac.registry.organisation.application;

import java.util.List;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.registry.organisation.domain.Organisation;
import vn.hoptac.registry.organisation.domain.OrganisationStatus;
import vn.hoptac.registry.organisation.domain.OrganisationType;
import vn.hoptac.registry.organisation.domain.Sector;

/** A search of the register: what it filters on besides the name's words, and one page of what it found. */
public final class OrganisationSearch {

    private OrganisationSearch() {
    }

    public record Filters(OrganisationType type, Sector sector, OrganisationStatus status, String provinceCode,
            String formerProvinceCode, String valueChain, Boolean newType, Boolean model, String foundedOnModelOf) {
    }

    public record Page(List<Versioned<Organisation>> items, long total) {
    }
}
