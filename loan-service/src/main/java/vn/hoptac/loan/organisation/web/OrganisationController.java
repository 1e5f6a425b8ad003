package vn.hoptac.loan.organisation.web;

import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hoptac.loan.organisation.application.OrganisationDirectory;
import vn.hoptac.loan.organisation.domain.KnownOrganisation;
import vn.hoptac.plumbing.errors.NotFoundException;

/** What the loan service has learnt of an organisation from the registry's events (read-only). */
@RestController
class OrganisationController {

    private final OrganisationDirectory directory;

    OrganisationController(OrganisationDirectory directory) {
        this.directory = directory;
    }

    record KnownOrganisationView(String id, String name, String type, String status, String provinceCode, String commune,
            long lastSequence) {
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/api/v1/organisations/{id}")
    KnownOrganisationView get(@PathVariable String id) {
        KnownOrganisation o = directory.find(id).orElseThrow(() ->
                new NotFoundException("The loan service has not heard of organisation " + id + " from the registry"));
        return new KnownOrganisationView(o.id(), o.name(), o.type(), o.status(), o.provinceCode(), o.commune(),
                o.lastSequence());
    }
}
