package vn.hoptac.plumbing.importing.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first worksheet of an Excel workbook (.xlsx), read by fastexcel-reader. Cells keep their
 * columns (a missing cell reads as empty); shared and inline strings, formula results, booleans and
 * numbers are read as text, and numbers are marked so a date column can read a date serial.
 */
public final class XlsxReader implements SpreadsheetReader {

    /** No import needs more; a zip that inflates beyond it is refused before it is parsed rather than filling memory. */
    static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** Excel writes characters XML cannot hold (a line break in some versions) as {@code _xHHHH_}. */
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final long maxInflatedBytes;

    public XlsxReader() {
        this(MAX_INFLATED_BYTES);
    }

    XlsxReader(long maxInflatedBytes) {
        this.maxInflatedBytes = maxInflatedBytes;
    }

    @Override
    public SpreadsheetFile read(byte[] content) {
        refuseBombs(content);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            List<SpreadsheetFile.Row> rows = new ArrayList<>();
            int previous = 0;
            for (Row row : (Iterable<Row>) sheet::iterator) {
                // A row written without its r attribute follows the one before (fastexcel counts those from 0).
                previous = Math.max(row.getRowNum(), previous + 1);
                SpreadsheetFile.Row read = row(previous, row);
                if (!read.isBlank()) {
                    rows.add(read);
                }
            }
            return new SpreadsheetFile(rows, workbook.isDate1904() ? EPOCH_1904 : EPOCH_1900);
        } catch (ExcelReaderException e) {
            throw new UnreadableFileException("The file is not an Excel workbook (" + e.getMessage() + "): save it as .xlsx or"
                    + " as CSV UTF-8.", e);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException("The file is not a readable .xlsx workbook: save it again from Excel, or as"
                    + " CSV UTF-8.", e);
        }
    }

    private static SpreadsheetFile.Row row(int number, Row row) {
        List<SpreadsheetFile.Cell> cells = new ArrayList<>();
        for (int column = 0; column < row.getCellCount(); column++) {
            cells.add(cell(row.getCell(column)));
        }
        return new SpreadsheetFile.Row(number, cells);
    }

    private static SpreadsheetFile.Cell cell(Cell cell) {
        if (cell == null) {
            return SpreadsheetFile.Cell.EMPTY;
        }
        String raw = cell.getRawValue();
        return switch (cell.getType()) {
            case EMPTY -> SpreadsheetFile.Cell.EMPTY;
            case NUMBER -> raw == null || raw.isBlank() ? SpreadsheetFile.Cell.EMPTY : new SpreadsheetFile.Cell(number(raw), true);
            case BOOLEAN -> SpreadsheetFile.Cell.text(Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE");
            // A formula's cached result, a string or an error as Excel shows it.
            case STRING -> SpreadsheetFile.Cell.text(cell.getText() == null ? "" : unescape(cell.getText()));
            case FORMULA, ERROR -> SpreadsheetFile.Cell.text(raw == null ? "" : unescape(raw));
        };
    }

    /** Numbers as a person writes them: 4600123456 rather than 4.600123456E9, 45 rather than 45.0. */
    private static String number(String value) {
        try {
            return new BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value.strip();
        }
    }

    private static String unescape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher escaped = ESCAPED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (escaped.find()) {
            escaped.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escaped.group(1), 16))));
        }
        return escaped.appendTail(out).toString();
    }

    /** Inflates the zip once, keeping nothing, to refuse one that unpacks beyond the limit. */
    private void refuseBombs(byte[] content) {
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        // Stored entries with data descriptors are what some spreadsheet writers produce.
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > maxInflatedBytes) {
                        throw new UnreadableFileException("The workbook is too large once unpacked (over "
                                + maxInflatedBytes / (1024 * 1024) + " MB).");
                    }
                }
            }
        } catch (IOException e) {
            throw new UnreadableFileException("The file is not a readable .xlsx workbook: save it again from Excel, or as"
                    + " CSV UTF-8.", e);
        }
    }
}
