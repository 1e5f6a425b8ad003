package vn.hoptac.registry.importing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.registry.importing.file.RegisterFile;

class ImportColumnsTest {

    static RegisterFile.Row row(int number, String... texts) {
        return new RegisterFile.Row(number, Arrays.stream(texts).map(RegisterFile.Cell::text).toList());
    }

    @Test
    void columnsAreFoundByNameInAnyCaseAndOrder() {
        ImportColumns columns = ImportColumns.of(row(1, "MembersCount", " name ", "FOUNDEDON", "type", "workerscount",
                "provinceCode", "sector"));

        RegisterFile.Row data = row(2, "45", "HTX Chè", "2018-03-15", "COOPERATIVE", "60", "19", "AGRICULTURE");
        assertThat(columns.cell(data, "name").text()).isEqualTo("HTX Chè");
        assertThat(columns.cell(data, "membersCount").text()).isEqualTo("45");
        assertThat(columns.cell(data, "charterCapital")).as("an optional column the file lacks").isEqualTo(RegisterFile.Cell.EMPTY);
        assertThat(columns.ignored()).isEmpty();
    }

    @Test
    void aFileWithoutRequiredColumnsIsRefusedNamingEachMissingOne() {
        InvalidFieldException refused = catchThrowableOfType(InvalidFieldException.class,
                () -> ImportColumns.of(row(1, "name", "type", "provinceCode", "foundedOn")));

        assertThat(refused.errors()).extracting(InvalidFieldException.FieldError::field)
                .containsExactly("sector", "membersCount", "workersCount");
        assertThat(refused.errors()).extracting(InvalidFieldException.FieldError::message)
                .allMatch(message -> message.contains("required column"));
    }

    @Test
    void unknownColumnsAreReportedAsIgnoredAndBlankTitlesPassUnremarked() {
        ImportColumns columns = ImportColumns.of(row(1, "STT", "name", "type", "sector", "provinceCode", "foundedOn",
                "membersCount", "workersCount", "Ghi chú", "", "  "));

        assertThat(columns.ignored()).containsExactly("STT", "Ghi chú");
    }

    @Test
    void aColumnTwiceIsAmbiguousAndRefused() {
        InvalidFieldException refused = catchThrowableOfType(InvalidFieldException.class,
                () -> ImportColumns.of(row(1, "name", "type", "sector", "provinceCode", "foundedOn", "membersCount",
                        "workersCount", "Name")));

        assertThat(refused.errors()).extracting(InvalidFieldException.FieldError::field).containsExactly("name");
    }

    @Test
    void everyRequiredColumnIsAKnownOne() {
        assertThat(ImportColumns.KNOWN).containsAll(ImportColumns.REQUIRED);
        assertThat(ImportColumns.REQUIRED).isEqualTo(List.of("name", "type", "sector", "provinceCode", "foundedOn",
                "membersCount", "workersCount"));
    }
}
