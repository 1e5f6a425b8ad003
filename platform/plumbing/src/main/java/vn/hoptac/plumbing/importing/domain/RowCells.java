package vn.hoptac.plumbing.importing.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoptac.plumbing.importing.file.SpreadsheetFile;

/**
 * One data row's cells by column, read into typed values as officers write them in a spreadsheet:
 * enum names in any case, dates as 2018-03-15, 15/03/2018 or a workbook's date serial, whole numbers
 * with or without thousands separators. An empty cell is absent ({@code null}); a cell that cannot be
 * read is absent too, and becomes a reason naming its column, so a row reports every problem at once.
 */
public final class RowCells {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})");
    private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}([., ])[0-9]{3}(\\1[0-9]{3})*");
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The last day Excel can show, 9999-12-31, as a serial. */
    private static final long MAX_DATE_SERIAL = 2_958_465;

    private final SpreadsheetFile.Row row;
    private final ImportColumns.Header header;
    private final LocalDate dateSerialEpoch;
    private final List<Reason> reasons = new ArrayList<>();
    private final Set<String> unreadable = new HashSet<>();

    /** {@code dateSerialEpoch} is the file's ({@link SpreadsheetFile#dateSerialEpoch()}): null for CSV, which has no date serials. */
    public RowCells(SpreadsheetFile.Row row, ImportColumns.Header header, LocalDate dateSerialEpoch) {
        this.row = row;
        this.header = header;
        this.dateSerialEpoch = dateSerialEpoch;
    }

    /** The row's number as a spreadsheet shows it. */
    public int row() {
        return row.number();
    }

    /** The cell as written, for what the typed readers do not cover. */
    public SpreadsheetFile.Cell cell(String column) {
        return header.cell(row, column);
    }

    /** NFC, trimmed, one space between words (so composed and decomposed Vietnamese are the same text); empty is absent. */
    public String text(String column) {
        String text = SPACES.matcher(Normalizer.normalize(cell(column).text(), Normalizer.Form.NFC).strip()).replaceAll(" ");
        return text.isEmpty() ? null : text;
    }

    /** A code of {@code digits} digits: a workbook's number cell drops its leading zeros, which are put back. */
    public String code(String column, int digits) {
        String code = text(column);
        if (code == null || !cell(column).number() || !DIGITS.matcher(code).matches() || code.length() >= digits) {
            return code;
        }
        return "0".repeat(digits - code.length()) + code;
    }

    /** A two-digit province code: 8 in a workbook's number cell is province 08. */
    public String provinceCode(String column) {
        return code(column, 2);
    }

    /** One of the enum's constants by name, in any case, with spaces or hyphens for underscores. */
    public <E extends Enum<E>> E choice(String column, Class<E> type) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        String name = text.toUpperCase(Locale.ROOT).replaceAll("[ -]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return unreadable(column, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not \"" + text + "\"");
    }

    /** ISO (2018-03-15), day/month/year (15/03/2018, 15.03.2018, 15-03-2018), or a workbook's date serial. */
    public LocalDate date(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        if (cell(column).number() && dateSerialEpoch != null) {
            try {
                long serial = new BigDecimal(text).longValue(); // a time of day, if any, does not change the date
                if (serial >= 1 && serial <= MAX_DATE_SERIAL) {
                    return dateSerialEpoch.plusDays(serial);
                }
            } catch (NumberFormatException notANumber) {
                // falls through to the text forms
            }
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notIso) {
            Matcher dayMonthYear = DAY_MONTH_YEAR.matcher(text);
            if (dayMonthYear.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(dayMonthYear.group(3)), Integer.parseInt(dayMonthYear.group(2)),
                            Integer.parseInt(dayMonthYear.group(1)));
                } catch (DateTimeException noSuchDay) {
                    // falls through to the reason
                }
            }
        }
        return unreadable(column, "is not a date (\"" + text + "\"): write 2018-03-15 or 15/03/2018");
    }

    public Integer integer(String column) {
        Long value = whole(column);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            return unreadable(column, "is too large (" + value + ")");
        }
        return value == null ? null : value.intValue();
    }

    /** A whole number, with or without thousands separators (1.500.000, 1,500,000 or 1 500 000). */
    public Long whole(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        String digits = GROUPED.matcher(text).matches() ? text.replaceAll("[., ]", "") : text;
        if (!WHOLE.matcher(digits).matches()) {
            return unreadable(column, "is not a whole number (\"" + text + "\")");
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return unreadable(column, "is too large (" + text + ")");
        }
    }

    /** Whether the column's cell could not be read: its reason is given already. */
    public boolean isUnreadable(String column) {
        return unreadable.contains(column);
    }

    /**
     * Adds a reason the row is rejected (a rule the feature checks, such as a bean-validation constraint),
     * unless the field's cell could not be read, whose own reason says more.
     */
    public void reject(String field, String message) {
        if (!unreadable.contains(field)) {
            reasons.add(new Reason(field, message));
        }
    }

    /** Every reason so far as {@code field: message}, in the columns' known order (other fields first), then by message. */
    public List<String> reasons() {
        List<String> known = header.columns().known();
        return reasons.stream().sorted(Comparator.comparingInt((Reason r) -> known.indexOf(r.field)).thenComparing(Reason::message))
                .map(r -> r.field + ": " + r.message).toList();
    }

    private <T> T unreadable(String column, String message) {
        unreadable.add(column);
        reasons.add(new Reason(column, message));
        return null;
    }

    private record Reason(String field, String message) {
    }
}
