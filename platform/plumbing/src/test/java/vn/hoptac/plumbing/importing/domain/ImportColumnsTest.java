package vn.hoptac.plumbing.importing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.importing.file.SpreadsheetFile;

class ImportColumnsTest {

    /** A training-class sheet: what a feature's spec looks like. */
    static final ImportColumns COLUMNS = ImportColumns.of(
            List.of("classCode", "title", "topic", "provinceCode", "heldOn", "attendees", "cost"),
            List.of("title", "topic", "heldOn", "attendees"));

    static SpreadsheetFile.Row row(int number, String... texts) {
        return new SpreadsheetFile.Row(number, Arrays.stream(texts).map(SpreadsheetFile.Cell::text).toList());
    }

    @Test
    void columnsAreFoundByNameInAnyCaseAndOrder() {
        ImportColumns.Header header = COLUMNS.header(row(1, "Attendees", " title ", "HELDON", "topic", "classcode"));

        SpreadsheetFile.Row data = row(2, "45", "Tập huấn HTX", "2018-03-15", "MANAGEMENT", "TH-01");
        assertThat(header.cell(data, "title").text()).isEqualTo("Tập huấn HTX");
        assertThat(header.cell(data, "attendees").text()).isEqualTo("45");
        assertThat(header.cell(data, "classCode").text()).isEqualTo("TH-01");
        assertThat(header.cell(data, "cost")).as("an optional column the file lacks").isEqualTo(SpreadsheetFile.Cell.EMPTY);
        assertThat(header.ignored()).isEmpty();
        assertThat(header.columns()).isSameAs(COLUMNS);
    }

    @Test
    void aFileWithoutRequiredColumnsIsRefusedNamingEachMissingOneInTheSpecsOrder() {
        InvalidFieldException refused = catchThrowableOfType(InvalidFieldException.class,
                () -> COLUMNS.header(row(1, "title", "provinceCode")));

        assertThat(refused.errors()).extracting(InvalidFieldException.FieldError::field)
                .containsExactly("topic", "heldOn", "attendees");
        assertThat(refused.errors()).extracting(InvalidFieldException.FieldError::message)
                .allMatch(message -> message.contains("required column"));
    }

    @Test
    void unknownColumnsAreReportedAsIgnoredAndBlankTitlesPassUnremarked() {
        ImportColumns.Header header = COLUMNS.header(row(1, "STT", "title", "topic", "heldOn", "attendees", "Ghi chú", "", "  "));

        assertThat(header.ignored()).containsExactly("STT", "Ghi chú");
    }

    @Test
    void aColumnTwiceIsAmbiguousAndRefused() {
        InvalidFieldException refused = catchThrowableOfType(InvalidFieldException.class,
                () -> COLUMNS.header(row(1, "title", "topic", "heldOn", "attendees", "Title")));

        assertThat(refused.errors()).extracting(InvalidFieldException.FieldError::field).containsExactly("title");
    }

    @Test
    void aSpecWhoseRequiredColumnIsUnknownOrWhoseColumnsDifferOnlyInCaseIsAMistake() {
        assertThatThrownBy(() -> ImportColumns.of(List.of("title"), List.of("title", "heldOn")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImportColumns.of(List.of("title", "Title"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
