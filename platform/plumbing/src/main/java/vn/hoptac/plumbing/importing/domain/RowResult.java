package vn.hoptac.plumbing.importing.domain;

import java.util.List;

/**
 * One data row's outcome. {@code row} is the row's number as a spreadsheet shows it (the header is row
 * 1); {@code recordId} is what the row created or found (an organisation's id, say); a rejected row has
 * every reason, each naming its field ({@code membersCount: must be …}).
 */
public record RowResult(int row, RowOutcome outcome, String recordId, List<String> reasons) {

    public RowResult {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public static RowResult created(int row, String recordId) {
        return new RowResult(row, RowOutcome.CREATED, recordId, List.of());
    }

    public static RowResult alreadyImported(int row, String recordId) {
        return new RowResult(row, RowOutcome.ALREADY_IMPORTED, recordId, List.of());
    }

    public static RowResult rejected(int row, List<String> reasons) {
        return new RowResult(row, RowOutcome.REJECTED, null, reasons);
    }
}
