package vn.hoptac.registry.importing.application;

import jakarta.validation.Validator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.NotFoundException;
import vn.hoptac.plumbing.importing.application.ImportSpec;
import vn.hoptac.plumbing.importing.application.RowImporter;
import vn.hoptac.plumbing.importing.domain.ImportColumns;
import vn.hoptac.plumbing.importing.domain.RowCells;
import vn.hoptac.plumbing.importing.domain.RowResult;
import vn.hoptac.plumbing.importing.file.SpreadsheetFile;
import vn.hoptac.plumbing.web.IdempotentRequest;
import vn.hoptac.registry.organisation.application.OrganisationService;

/**
 * Bulk import of an alliance's register: each row registers through {@link OrganisationService#register}
 * with the row's identity as idempotency key and fingerprint, so the registry's own rules and events
 * apply and a row imported before is replayed, not created again.
 */
@Component
public class RegisterImporter implements RowImporter {

    /** Named as in the API; the known ones in the order a row's identity lists them. */
    public static final ImportColumns COLUMNS = ImportColumns.of(
            List.of("registrationCode", "name", "type", "sector", "legalBasis", "provinceCode", "formerProvinceCode", "commune",
                    "addressLine", "foundedOn", "membersCount", "workersCount", "charterCapital"),
            List.of("name", "type", "sector", "provinceCode", "foundedOn", "membersCount", "workersCount"));
    /** Stored in the collections {@code imports} and {@code import_rows}, each row naming its {@code organisationId}. */
    static final ImportSpec SPEC = ImportSpec.of("register", "the register", COLUMNS, "organisationId");

    private final OrganisationService organisations;
    private final Validator validator;

    public RegisterImporter(OrganisationService organisations, Validator validator) {
        this.organisations = organisations;
        this.validator = validator;
    }

    @Override
    public ImportSpec spec() {
        return SPEC;
    }

    @Override
    public RowResult importRow(SpreadsheetFile.Row row, RowCells cells, String actor) {
        ImportRow read = ImportRow.read(cells, validator);
        if (!read.isValid()) {
            return RowResult.rejected(read.number(), read.reasons());
        }
        try {
            var registered = organisations.register(read.profile(), new IdempotentRequest(read.identity(), read.identity()), actor);
            String id = registered.organisation().aggregate().id();
            return registered.replayed() ? RowResult.alreadyImported(read.number(), id) : RowResult.created(read.number(), id);
        } catch (ConflictException e) {
            return RowResult.rejected(read.number(), List.of(conflict(read.request().registrationCode(), e)));
        }
    }

    private String conflict(String registrationCode, ConflictException e) {
        if (registrationCode != null) {
            try {
                return "registrationCode: already registered to " + organisations.getByRegistrationCode(registrationCode).aggregate().id();
            } catch (NotFoundException holderGone) {
                // the message below says what the registry said
            }
        }
        return e.getMessage();
    }
}
