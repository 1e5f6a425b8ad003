package vn.hoptac.registry.importing.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hoptac.registry.importing.domain.RowOutcome;
import vn.hoptac.registry.importing.domain.RowResult;

/** One row's outcome in an import's report, a document of its own so a 10,000-row report pages. */
@Document(ImportedRow.COLLECTION)
record ImportedRow(@Id String id, String importId, int row, RowOutcome outcome, String organisationId, List<String> reasons) {

    static final String COLLECTION = "import_rows";

    static ImportedRow of(String importId, RowResult result) {
        return new ImportedRow(importId + ":" + result.row(), importId, result.row(), result.outcome(), result.organisationId(),
                result.reasons().isEmpty() ? null : result.reasons());
    }

    RowResult toResult() {
        return new RowResult(row, outcome, organisationId, reasons);
    }
}
