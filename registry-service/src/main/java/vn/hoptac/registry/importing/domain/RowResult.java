package vn.hoptac.registry.importing.domain;

import java.util.List;

/**
 * One data row's outcome. {@code row} is the row's number as a spreadsheet shows it (the header is row
 * 1); a rejected row has every reason, each naming its field ({@code membersCount: must be …}).
 */
public record RowResult(int row, RowOutcome outcome, String organisationId, List<String> reasons) {

    public RowResult {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public static RowResult rejected(int row, List<String> reasons) {
        return new RowResult(row, RowOutcome.REJECTED, null, reasons);
    }
}
