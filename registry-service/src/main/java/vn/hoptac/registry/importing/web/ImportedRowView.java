package vn.hoptac.registry.importing.web;

import java.util.List;
import vn.hoptac.plumbing.importing.domain.RowOutcome;
import vn.hoptac.plumbing.importing.domain.RowResult;

/** One row of an import's report: its number as a spreadsheet shows it, what became of it, its organisation, and why not. */
public record ImportedRowView(int row, RowOutcome outcome, String organisationId, List<String> reasons) {

    static ImportedRowView of(RowResult result) {
        return new ImportedRowView(result.row(), result.outcome(), result.recordId(), result.reasons());
    }
}
