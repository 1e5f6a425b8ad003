package vn.hoptac.registry.importing.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoptac.registry.importing.file.RegisterFile;
import vn.hoptac.registry.organisation.domain.LegalBasis;
import vn.hoptac.registry.organisation.domain.OrganisationProfile;
import vn.hoptac.registry.organisation.domain.OrganisationType;
import vn.hoptac.registry.organisation.domain.SearchText;
import vn.hoptac.registry.organisation.domain.Sector;
import vn.hoptac.registry.organisation.application.OrganisationRequest;

/**
 * A data row read as the request the API would receive, checked by the same bean validation; or every
 * reason it cannot be one, each naming its field. Values are read as officers write them in a
 * spreadsheet: enum names in any case, dates as 2018-03-15, 15/03/2018 or a workbook's date serial,
 * whole numbers with or without thousands separators.
 *
 * <p>{@code identity} is {@code "import:" + sha256} of the row's normalised values, so the same row
 * has the same identity in a CSV file and in a workbook, and re-uploading it creates nothing twice.
 */
public record ImportRow(int number, OrganisationRequest request, String identity, List<String> reasons) {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})");
    private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}([., ])[0-9]{3}(\\1[0-9]{3})*");
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
    /** The last day Excel can show, 9999-12-31, as a serial. */
    private static final long MAX_DATE_SERIAL = 2_958_465;

    public ImportRow {
        reasons = List.copyOf(reasons);
    }

    public boolean isValid() {
        return reasons.isEmpty();
    }

    /** The profile to register, made exactly as the API makes it. */
    public OrganisationProfile profile() {
        return request.toProfile();
    }

    public static ImportRow read(RegisterFile.Row row, ImportColumns columns, LocalDate dateSerialEpoch, Validator validator) {
        Cells cells = new Cells(row, columns, dateSerialEpoch);
        OrganisationRequest request = new OrganisationRequest(cells.text("registrationCode"), cells.text("name"),
                cells.choice("type", OrganisationType.class), cells.choice("sector", Sector.class),
                cells.choice("legalBasis", LegalBasis.class), cells.provinceCode("provinceCode"), cells.text("commune"),
                cells.text("addressLine"), cells.date("foundedOn"), cells.integer("membersCount"),
                cells.integer("workersCount"), cells.whole("charterCapital"), cells.provinceCode("formerProvinceCode"),
                null, null);
        List<Reason> reasons = new ArrayList<>(cells.reasons);
        for (ConstraintViolation<OrganisationRequest> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            if (!cells.unreadable.contains(field)) {
                reasons.add(new Reason(field, violation.getMessage()));
            }
        }
        reasons.sort(Comparator.comparingInt((Reason r) -> ImportColumns.KNOWN.indexOf(r.field)).thenComparing(Reason::message));
        List<String> texts = reasons.stream().map(r -> r.field + ": " + r.message).toList();
        return new ImportRow(row.number(), texts.isEmpty() ? request : null, texts.isEmpty() ? identityOf(request) : null,
                texts);
    }

    /** {@code "import:" + sha256} of the present values as {@code column=value} lines, in {@link ImportColumns#KNOWN}'s order. */
    static String identityOf(OrganisationRequest request) {
        Object[] values = {request.registrationCode(), request.name(), request.type(), request.sector(), request.legalBasis(),
                request.provinceCode(), request.formerProvinceCode(), request.commune(), request.addressLine(),
                request.foundedOn(), request.membersCount(), request.workersCount(), request.charterCapital()};
        StringBuilder normalised = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                normalised.append(ImportColumns.KNOWN.get(i)).append('=').append(values[i]).append('\n');
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.toString().getBytes(StandardCharsets.UTF_8));
            return "import:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Reason(String field, String message) {
    }

    /** One row's cells by column, read into typed values; what cannot be read becomes a reason. */
    private static final class Cells {
        private final RegisterFile.Row row;
        private final ImportColumns columns;
        private final LocalDate dateSerialEpoch;
        private final List<Reason> reasons = new ArrayList<>();
        private final Set<String> unreadable = new HashSet<>();

        Cells(RegisterFile.Row row, ImportColumns columns, LocalDate dateSerialEpoch) {
            this.row = row;
            this.columns = columns;
            this.dateSerialEpoch = dateSerialEpoch;
        }

        /** NFC, trimmed, one space between words (as names are stored); empty is absent. */
        String text(String column) {
            String text = SearchText.tidyName(columns.cell(row, column).text());
            return text.isEmpty() ? null : text;
        }

        /** A workbook's number cell drops a code's leading zero: 8 is province 08. */
        String provinceCode(String column) {
            String code = text(column);
            return code != null && columns.cell(row, column).number() && code.matches("[0-9]") ? "0" + code : code;
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
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

        LocalDate date(String column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            if (columns.cell(row, column).number() && dateSerialEpoch != null) {
                long serial = new BigDecimal(text).longValue(); // a time of day, if any, does not change the date
                if (serial >= 1 && serial <= MAX_DATE_SERIAL) {
                    return dateSerialEpoch.plusDays(serial);
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

        Integer integer(String column) {
            Long value = whole(column);
            if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
                return unreadable(column, "is too large (" + value + ")");
            }
            return value == null ? null : value.intValue();
        }

        Long whole(String column) {
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

        private <T> T unreadable(String column, String message) {
            unreadable.add(column);
            reasons.add(new Reason(column, message));
            return null;
        }
    }
}
