package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;

/**
 * What happened to an organisation. Each carries what consumers need without calling back: the
 * organisation, its province and type, its status after the change, the business date the change
 * takes effect and who made it. The records are the event data on the wire (see the contracts
 * module's schemas), so fields are only ever added, never renamed.
 */
public sealed interface OrganisationEvent permits OrganisationRegistered, OrganisationProfileChanged,
        OrganisationConverted, OrganisationSuspended, OrganisationResumed, OrganisationDissolved,
        OrganisationJoinedValueChain, OrganisationLeftValueChain, OrganisationModelStatusChanged {

    String organisationId();

    String provinceCode();

    OrganisationType organisationType();

    OrganisationStatus status();

    LocalDate effectiveOn();

    String actor();
}
