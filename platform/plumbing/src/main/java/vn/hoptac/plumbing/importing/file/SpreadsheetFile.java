package vn.hoptac.plumbing.importing.file;

import java.time.LocalDate;
import java.util.List;

/**
 * An uploaded spreadsheet as read, whatever its format: its non-empty rows, each numbered as a
 * spreadsheet shows it (the header is normally row 1). {@code dateSerialEpoch} is the day a
 * workbook's date serials count from (1899-12-30, or 1904-01-01 in the 1904 date system); a CSV file
 * has none.
 */
public record SpreadsheetFile(List<Row> rows, LocalDate dateSerialEpoch) {

    public SpreadsheetFile {
        rows = List.copyOf(rows);
    }

    /** A row's cells from the left; a cell missing from the file reads as empty. */
    public record Row(int number, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : Cell.EMPTY;
        }

        boolean isBlank() {
            return cells.stream().allMatch(cell -> cell.text().isBlank());
        }
    }

    /** A cell's text as written; {@code number} marks a workbook's numeric cell, which a date column reads as a date serial. */
    public record Cell(String text, boolean number) {

        public static final Cell EMPTY = new Cell("", false);

        public static Cell text(String text) {
            return new Cell(text, false);
        }
    }
}
