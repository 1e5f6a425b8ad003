package vn.hoptac.registry.organisation.web;

import java.time.LocalDate;
import java.util.List;
import vn.hoptac.plumbing.alliance.AdministrativeUnits;
import vn.hoptac.plumbing.alliance.Province;
import vn.hoptac.registry.organisation.domain.Dissolution;
import vn.hoptac.registry.organisation.domain.LegalBasis;
import vn.hoptac.registry.organisation.domain.ModelStatus;
import vn.hoptac.registry.organisation.domain.OrganisationSnapshot;
import vn.hoptac.registry.organisation.domain.ValueChainParticipation;
import vn.hoptac.registry.organisation.domain.OrganisationProfile;
import vn.hoptac.registry.organisation.domain.OrganisationStatus;
import vn.hoptac.registry.organisation.domain.OrganisationType;
import vn.hoptac.registry.organisation.domain.Sector;
import vn.hoptac.plumbing.outbox.Versioned;
import vn.hoptac.registry.organisation.domain.Organisation;

/** An organisation as the API shows it, now or as of a date ({@code asOf}). {@code version} is also the ETag. */
public record OrganisationView(String id, String registrationCode, String name, OrganisationType type, Sector sector,
        LegalBasis legalBasis, String provinceCode, String provinceName, String commune, String addressLine,
        LocalDate foundedOn, int membersCount, int workersCount, Long charterCapital, OrganisationStatus status,
        LocalDate statusSince, String statusReason, Dissolution dissolution, String formerProvinceCode,
        String formerProvinceName, List<String> valueChains, boolean newType, boolean model, String foundedOnModelOf,
        LocalDate asOf, long version) {

    /** As it stands now. */
    static OrganisationView of(Versioned<Organisation> stored, AdministrativeUnits units) {
        var organisation = stored.aggregate();
        List<String> chains = organisation.valueChains().stream().filter(c -> c.leftOn() == null)
                .map(ValueChainParticipation::chain).toList();
        return of(stored, organisation.profile(), organisation.status(), organisation.statusSince(),
                organisation.statusReason(), organisation.dissolution(), chains, null, units);
    }

    /** As it stood on a date (the version is still the current one: it is what a change must name). */
    static OrganisationView of(Versioned<Organisation> stored, OrganisationSnapshot then, AdministrativeUnits units) {
        return of(stored, then.profile(), then.status(), then.statusSince(), then.statusReason(), then.dissolution(),
                then.valueChains(), then.asOf(), units);
    }

    private static OrganisationView of(Versioned<Organisation> stored, OrganisationProfile p, OrganisationStatus status,
            LocalDate statusSince, String statusReason, Dissolution dissolution, List<String> chains, LocalDate asOf,
            AdministrativeUnits units) {
        ModelStatus model = stored.aggregate().modelStatus();
        String provinceName = units.currentProvince(p.provinceCode()).map(Province::name).orElse(null);
        String formerName = p.formerProvinceCode() == null ? null
                : units.formerProvince(p.formerProvinceCode()).map(Province::name).orElse(null);
        return new OrganisationView(stored.aggregate().id(), p.registrationCode(), p.name(), p.type(), p.sector(), p.legalBasis(),
                p.provinceCode(), provinceName, p.commune(), p.addressLine(), p.foundedOn(), p.membersCount(),
                p.workersCount(), p.charterCapital(), status, statusSince, statusReason, dissolution,
                p.formerProvinceCode(), formerName, chains, model.newType(), model.model(), model.foundedOnModelOf(), asOf,
                stored.version());
    }
}
