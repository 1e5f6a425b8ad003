package vn.hoptac.plumbing.importing.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;
import vn.hoptac.plumbing.importing.file.SpreadsheetFile;

/**
 * The columns a feature's import reads, named as in its API: every known one, in the order a row's
 * identity lists them, and the required ones. A header row is matched in any case and any order; a file
 * without a required column, or with a column twice, is refused as a whole; columns not known are
 * reported as ignored.
 */
public final class ImportColumns {

    private final List<String> known;
    private final List<String> required;
    private final Map<String, String> byLowerCase = new LinkedHashMap<>();

    private ImportColumns(List<String> known, List<String> required) {
        this.known = List.copyOf(known);
        this.required = List.copyOf(required);
        for (String column : this.known) {
            if (byLowerCase.putIfAbsent(column.toLowerCase(Locale.ROOT), column) != null) {
                throw new IllegalArgumentException("Column " + column + " is known twice (columns are matched in any case)");
            }
        }
        if (!this.known.containsAll(this.required)) {
            throw new IllegalArgumentException("Every required column must be a known one: " + this.required);
        }
    }

    public static ImportColumns of(List<String> known, List<String> required) {
        return new ImportColumns(known, required);
    }

    public List<String> known() {
        return known;
    }

    public List<String> required() {
        return required;
    }

    /** Where each known column is in this header row; an {@link InvalidFieldException} naming each problem when it is unusable. */
    public Header header(SpreadsheetFile.Row header) {
        Map<String, Integer> indexes = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String title = header.cell(i).text().strip();
            if (title.isEmpty()) {
                continue;
            }
            String column = byLowerCase.get(title.toLowerCase(Locale.ROOT));
            if (column == null) {
                ignored.add(title);
            } else if (indexes.putIfAbsent(column, i) != null) {
                errors.add(new FieldError(column, "appears more than once in the header row"));
            }
        }
        for (String column : required) {
            if (!indexes.containsKey(column)) {
                errors.add(new FieldError(column, "is a required column but the header row lacks it"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return new Header(this, indexes, ignored);
    }

    /** A header row as matched: which column holds which field. */
    public static final class Header {
        private final ImportColumns columns;
        private final Map<String, Integer> indexes;
        private final List<String> ignored;

        private Header(ImportColumns columns, Map<String, Integer> indexes, List<String> ignored) {
            this.columns = columns;
            this.indexes = Map.copyOf(indexes);
            this.ignored = List.copyOf(ignored);
        }

        public ImportColumns columns() {
            return columns;
        }

        /** The row's cell in that column; empty when the file has no such column. */
        public SpreadsheetFile.Cell cell(SpreadsheetFile.Row row, String column) {
            Integer index = indexes.get(column);
            return index == null ? SpreadsheetFile.Cell.EMPTY : row.cell(index);
        }

        /** Header titles the import does not read, as the file wrote them. */
        public List<String> ignored() {
            return ignored;
        }
    }
}
