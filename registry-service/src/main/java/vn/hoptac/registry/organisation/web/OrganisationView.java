package vn.hoptac.registry.organisation.web;

import java.time.LocalDate;
import vn.hoptac.plumbing.alliance.AdministrativeUnits;
import vn.hoptac.plumbing.alliance.Province;
import vn.hoptac.registry.organisation.domain.Dissolution;
import vn.hoptac.registry.organisation.domain.LegalBasis;
import vn.hoptac.registry.organisation.domain.OrganisationProfile;
import vn.hoptac.registry.organisation.domain.OrganisationStatus;
import vn.hoptac.registry.organisation.domain.OrganisationType;
import vn.hoptac.registry.organisation.domain.Sector;
import vn.hoptac.registry.organisation.persistence.OrganisationDocument;

/** An organisation as the API shows it. {@code version} is also the ETag. */
public record OrganisationView(String id, String registrationCode, String name, OrganisationType type, Sector sector,
        LegalBasis legalBasis, String provinceCode, String provinceName, String commune, String addressLine,
        LocalDate foundedOn, int membersCount, int workersCount, Long charterCapital, OrganisationStatus status,
        LocalDate statusSince, String statusReason, Dissolution dissolution, long version) {

    static OrganisationView of(OrganisationDocument document, AdministrativeUnits units) {
        var organisation = document.toOrganisation();
        OrganisationProfile p = organisation.profile();
        String provinceName = units.currentProvince(p.provinceCode()).map(Province::name).orElse(null);
        return new OrganisationView(document.getId(), p.registrationCode(), p.name(), p.type(), p.sector(), p.legalBasis(),
                p.provinceCode(), provinceName, p.commune(), p.addressLine(), p.foundedOn(), p.membersCount(),
                p.workersCount(), p.charterCapital(), organisation.status(), organisation.statusSince(),
                organisation.statusReason(), organisation.dissolution(), document.getVersion());
    }
}
