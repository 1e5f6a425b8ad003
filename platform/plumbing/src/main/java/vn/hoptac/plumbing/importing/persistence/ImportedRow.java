package vn.hoptac.plumbing.importing.persistence;

import java.util.List;
import org.bson.Document;
import vn.hoptac.plumbing.importing.domain.RowOutcome;
import vn.hoptac.plumbing.importing.domain.RowResult;

/**
 * One row's outcome in an import's report, a document of its own so a 10,000-row report pages. Written as a
 * plain document because the field naming the row's record is the feature's ({@link ImportCollections#recordField()});
 * empty values are left out, as Spring Data leaves out nulls.
 */
final class ImportedRow {

    private ImportedRow() {
    }

    static Document of(String importId, RowResult result, String recordField) {
        Document row = new Document("_id", importId + ":" + result.row()).append("importId", importId)
                .append("row", result.row()).append("outcome", result.outcome().name());
        if (result.recordId() != null) {
            row.append(recordField, result.recordId());
        }
        if (!result.reasons().isEmpty()) {
            row.append("reasons", result.reasons());
        }
        return row;
    }

    static RowResult toResult(Document row, String recordField) {
        return new RowResult(row.getInteger("row"), RowOutcome.valueOf(row.getString("outcome")), row.getString(recordField),
                row.getList("reasons", String.class));
    }
}
