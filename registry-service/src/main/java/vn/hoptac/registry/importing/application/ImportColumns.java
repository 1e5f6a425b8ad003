package vn.hoptac.registry.importing.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;
import vn.hoptac.registry.importing.file.RegisterFile;

/**
 * The header row: which column holds which field, named as in the API (any case, any order). A file
 * without a required column, or with a column twice, is refused as a whole; columns the import does not
 * know are reported as ignored.
 */
public final class ImportColumns {

    /** Every column the import reads, in the order a row's identity lists them. */
    public static final List<String> KNOWN = List.of("registrationCode", "name", "type", "sector", "legalBasis",
            "provinceCode", "formerProvinceCode", "commune", "addressLine", "foundedOn", "membersCount", "workersCount",
            "charterCapital");
    public static final List<String> REQUIRED = List.of("name", "type", "sector", "provinceCode", "foundedOn",
            "membersCount", "workersCount");

    private static final Map<String, String> BY_LOWER_CASE = KNOWN.stream()
            .collect(Collectors.toUnmodifiableMap(name -> name.toLowerCase(Locale.ROOT), Function.identity()));

    private final Map<String, Integer> indexes;
    private final List<String> ignored;

    private ImportColumns(Map<String, Integer> indexes, List<String> ignored) {
        this.indexes = indexes;
        this.ignored = List.copyOf(ignored);
    }

    public static ImportColumns of(RegisterFile.Row header) {
        Map<String, Integer> indexes = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String title = header.cell(i).text().strip();
            if (title.isEmpty()) {
                continue;
            }
            String column = BY_LOWER_CASE.get(title.toLowerCase(Locale.ROOT));
            if (column == null) {
                ignored.add(title);
            } else if (indexes.putIfAbsent(column, i) != null) {
                errors.add(new FieldError(column, "appears more than once in the header row"));
            }
        }
        for (String column : REQUIRED) {
            if (!indexes.containsKey(column)) {
                errors.add(new FieldError(column, "is a required column but the header row lacks it"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return new ImportColumns(indexes, ignored);
    }

    /** The row's cell in that column; empty when the file has no such column. */
    public RegisterFile.Cell cell(RegisterFile.Row row, String column) {
        Integer index = indexes.get(column);
        return index == null ? RegisterFile.Cell.EMPTY : row.cell(index);
    }

    /** Header titles the import does not read, as the file wrote them. */
    public List<String> ignored() {
        return ignored;
    }
}
