package vn.hoptac.registry.importing.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import vn.hoptac.plumbing.importing.domain.RowCells;
import vn.hoptac.plumbing.importing.domain.RowIdentity;
import vn.hoptac.registry.organisation.application.OrganisationRequest;
import vn.hoptac.registry.organisation.domain.LegalBasis;
import vn.hoptac.registry.organisation.domain.OrganisationProfile;
import vn.hoptac.registry.organisation.domain.OrganisationType;
import vn.hoptac.registry.organisation.domain.Sector;

/**
 * A register's data row read as the request the API would receive, checked by the same bean validation;
 * or every reason it cannot be one, each naming its field. {@code identity} is the row's
 * {@link RowIdentity} over its values in {@link RegisterImporter#COLUMNS}' order, so re-uploading a row
 * registers nothing twice.
 */
public record ImportRow(int number, OrganisationRequest request, String identity, List<String> reasons) {

    public ImportRow {
        reasons = List.copyOf(reasons);
    }

    public boolean isValid() {
        return reasons.isEmpty();
    }

    /** The profile to register, made exactly as the API makes it. */
    public OrganisationProfile profile() {
        return request.toProfile();
    }

    public static ImportRow read(RowCells cells, Validator validator) {
        OrganisationRequest request = new OrganisationRequest(cells.text("registrationCode"), cells.text("name"),
                cells.choice("type", OrganisationType.class), cells.choice("sector", Sector.class),
                cells.choice("legalBasis", LegalBasis.class), cells.provinceCode("provinceCode"), cells.text("commune"),
                cells.text("addressLine"), cells.date("foundedOn"), cells.integer("membersCount"),
                cells.integer("workersCount"), cells.whole("charterCapital"), cells.provinceCode("formerProvinceCode"),
                null, null);
        for (ConstraintViolation<OrganisationRequest> violation : validator.validate(request)) {
            cells.reject(violation.getPropertyPath().toString(), violation.getMessage());
        }
        List<String> reasons = cells.reasons();
        return new ImportRow(cells.row(), reasons.isEmpty() ? request : null, reasons.isEmpty() ? identityOf(request) : null,
                reasons);
    }

    /** The present values in {@link RegisterImporter#COLUMNS}' order: stored idempotency keys depend on it. */
    static String identityOf(OrganisationRequest request) {
        return RowIdentity.of(RegisterImporter.COLUMNS.known(), request.registrationCode(), request.name(), request.type(),
                request.sector(), request.legalBasis(), request.provinceCode(), request.formerProvinceCode(), request.commune(),
                request.addressLine(), request.foundedOn(), request.membersCount(), request.workersCount(),
                request.charterCapital());
    }
}
