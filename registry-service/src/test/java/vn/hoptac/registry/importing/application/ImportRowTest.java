package vn.hoptac.registry.importing.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.util.Arrays;
import vn.hoptac.plumbing.importing.domain.ImportColumns;
import vn.hoptac.plumbing.importing.domain.RowCells;
import vn.hoptac.plumbing.importing.file.SpreadsheetFile;
import vn.hoptac.registry.organisation.domain.LegalBasis;
import vn.hoptac.registry.organisation.domain.OrganisationType;
import vn.hoptac.registry.organisation.domain.Sector;

class ImportRowTest {

    static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    static final ImportColumns.Header HEADER = RegisterImporter.COLUMNS.header(row(1, "registrationCode", "name", "type",
            "sector", "legalBasis", "provinceCode", "formerProvinceCode", "commune", "addressLine", "foundedOn",
            "membersCount", "workersCount", "charterCapital"));

    static ValidatorFactory validation;
    static Validator validator;
    static Locale locale;

    @BeforeAll
    static void validator() {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH); // the constraint messages the API answers with
        validation = Validation.buildDefaultValidatorFactory();
        validator = validation.getValidator();
    }

    @AfterAll
    static void close() {
        validation.close();
        Locale.setDefault(locale);
    }

    static SpreadsheetFile.Row row(int number, String... texts) {
        return new SpreadsheetFile.Row(number, Arrays.stream(texts).map(SpreadsheetFile.Cell::text).toList());
    }

    static SpreadsheetFile.Row csv(String... texts) {
        return row(7, texts);
    }

    static ImportRow read(SpreadsheetFile.Row row, LocalDate epoch) {
        return ImportRow.read(new RowCells(row, HEADER, epoch), validator);
    }

    @Test
    void theRegistersColumnsAreTheApisFieldsWithItsRequiredOnes() {
        assertThat(RegisterImporter.COLUMNS.known()).containsExactly("registrationCode", "name", "type", "sector", "legalBasis",
                "provinceCode", "formerProvinceCode", "commune", "addressLine", "foundedOn", "membersCount", "workersCount",
                "charterCapital");
        assertThat(RegisterImporter.COLUMNS.required()).containsExactly("name", "type", "sector", "provinceCode", "foundedOn",
                "membersCount", "workersCount");
        assertThat(RegisterImporter.SPEC.collections().jobs()).as("where the registry's imports have always been").isEqualTo("imports");
        assertThat(RegisterImporter.SPEC.collections().rows()).isEqualTo("import_rows");
        assertThat(RegisterImporter.SPEC.collections().recordField()).isEqualTo("organisationId");
    }

    @Test
    void aRowsIdentityIsWhatItWasBeforeTheImportMovedToThePlumbing() {
        // Stored as idempotency keys of past imports: a changed identity would register a re-uploaded row twice.
        ImportRow row = read(csv("4600234561", "HTX Chè La Bằng", "COOPERATIVE", "AGRICULTURE", "", "19", "", "", "",
                "22/04/2019", "22", "30", "800,000,000"), null);

        assertThat(row.identity()).isEqualTo("import:1230f9c4118e3fe348b7a67944d8f0efc52eb36ef62a65d652b54a708519df44");
    }

    @Test
    void aGoodRowIsTheRequestTheApiWouldReceive() {
        ImportRow row = read(csv("4600234561", " Hợp tác xã  Chè Tân Cương ", "cooperative", "Agriculture", "", "19", "",
                "Tân Cương", "Xóm Hồng Thái 2, xã Tân Cương", "2016-08-10", "35", "48", "1.500.000.000"), null);

        assertThat(row.reasons()).isEmpty();
        assertThat(row.number()).isEqualTo(7);
        var request = row.request();
        assertThat(request.registrationCode()).isEqualTo("4600234561");
        assertThat(request.name()).isEqualTo("Hợp tác xã Chè Tân Cương");
        assertThat(request.type()).isEqualTo(OrganisationType.COOPERATIVE);
        assertThat(request.sector()).isEqualTo(Sector.AGRICULTURE);
        assertThat(request.legalBasis()).isNull();
        assertThat(request.foundedOn()).isEqualTo(LocalDate.of(2016, 8, 10));
        assertThat(request.membersCount()).isEqualTo(35);
        assertThat(request.charterCapital()).isEqualTo(1_500_000_000L);
        assertThat(row.profile().legalBasis()).as("the law in force on the founding date, as the API assumes")
                .isEqualTo(LegalBasis.LAW_2012);
        assertThat(row.identity()).matches("import:[0-9a-f]{64}");
    }

    @Test
    void theSameRowInAWorkbookWithNumbersAndADateSerialHasTheSameIdentity() {
        ImportRow fromCsv = read(csv("4600234561", "HTX Chè La Bằng", "COOPERATIVE", "AGRICULTURE", "", "19", "", "", "",
                "22/04/2019", "22", "30", "800,000,000"), null);
        SpreadsheetFile.Row workbookRow = new SpreadsheetFile.Row(7, List.of(new SpreadsheetFile.Cell("4600234561", true),
                SpreadsheetFile.Cell.text("HTX  Chè La Bằng"), SpreadsheetFile.Cell.text("COOPERATIVE"),
                SpreadsheetFile.Cell.text("AGRICULTURE"), SpreadsheetFile.Cell.EMPTY, new SpreadsheetFile.Cell("19", true),
                SpreadsheetFile.Cell.EMPTY, SpreadsheetFile.Cell.EMPTY, SpreadsheetFile.Cell.EMPTY, new SpreadsheetFile.Cell("43577", true),
                new SpreadsheetFile.Cell("22", true), new SpreadsheetFile.Cell("30", true), new SpreadsheetFile.Cell("800000000", true)));

        ImportRow fromWorkbook = read(workbookRow, EXCEL_EPOCH);

        assertThat(fromWorkbook.reasons()).isEmpty();
        assertThat(fromWorkbook.request().foundedOn()).isEqualTo(LocalDate.of(2019, 4, 22));
        assertThat(fromWorkbook.identity()).isEqualTo(fromCsv.identity());
    }

    @Test
    void aChangedValueIsAnotherRow() {
        ImportRow one = read(csv("", "Tổ hợp tác rau an toàn Hóa Thượng", "COOPERATIVE_GROUP", "AGRICULTURE", "", "19", "",
                "", "", "2020-02-15", "12", "12", ""), null);
        ImportRow other = read(csv("", "Tổ hợp tác rau an toàn Hóa Thượng", "COOPERATIVE_GROUP", "AGRICULTURE", "", "19", "",
                "", "", "2020-02-15", "13", "12", ""), null);

        assertThat(one.identity()).isNotEqualTo(other.identity());
    }

    @Test
    void composedAndDecomposedVietnameseAreTheSameRow() {
        String composed = "Hợp tác xã Chè";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);

        assertThat(read(csv("", composed, "COOPERATIVE_GROUP", "AGRICULTURE", "", "19", "", "", "", "2020-02-15", "1", "1", ""),
                null).identity()).isEqualTo(read(csv("", decomposed, "COOPERATIVE_GROUP", "AGRICULTURE", "", "19", "", "", "",
                        "2020-02-15", "1", "1", ""), null).identity());
    }

    @Test
    void everyReasonIsGivenEachNamingItsField() {
        ImportRow row = read(csv("12AB", "", "HOP_TAC_XA", "AGRICULTURE", "LAW_1999", "019", "", "", "", "31/02/2019", "-5",
                "many", "1.5"), null);

        assertThat(row.isValid()).isFalse();
        assertThat(row.request()).isNull();
        assertThat(row.identity()).isNull();
        assertThat(row.reasons()).containsExactly(
                "registrationCode: must be 10 digits",
                "name: must not be blank",
                "type: must be one of [COOPERATIVE, COOPERATIVE_GROUP, UNION_OF_COOPERATIVES, PEOPLES_CREDIT_FUND], not \"HOP_TAC_XA\"",
                "legalBasis: must be one of [LAW_2003, LAW_2012, LAW_2023], not \"LAW_1999\"",
                "provinceCode: must be a 2-digit province code",
                "foundedOn: is not a date (\"31/02/2019\"): write 2018-03-15 or 15/03/2018",
                "membersCount: must be greater than or equal to 0",
                "workersCount: is not a whole number (\"many\")",
                "charterCapital: is not a whole number (\"1.5\")");
    }

    @Test
    void requiredValuesLeftEmptyAreReportedAsTheApiReportsThem() {
        ImportRow row = read(csv("", "HTX", "", "", "", "", "", "", "", "", "", "", ""), null);

        assertThat(row.reasons()).containsExactly("type: must not be null", "sector: must not be null",
                "provinceCode: must not be null", "foundedOn: must not be null", "membersCount: must not be null",
                "workersCount: must not be null");
    }

    @Test
    void aWorkbooksNumericProvinceCodeGetsBackItsLeadingZero() {
        SpreadsheetFile.Row row = csv("", "HTX", "COOPERATIVE_GROUP", "AGRICULTURE", "", "19", "", "", "", "2020-01-01", "1",
                "1", "");
        List<SpreadsheetFile.Cell> cells = new java.util.ArrayList<>(row.cells());
        cells.set(6, new SpreadsheetFile.Cell("6", true));

        assertThat(read(new SpreadsheetFile.Row(7, cells), EXCEL_EPOCH).request().formerProvinceCode()).isEqualTo("06");
    }

    @Test
    void aNumberInACsvDateColumnIsNotTakenForADateSerial() {
        ImportRow row = read(csv("", "HTX", "COOPERATIVE_GROUP", "AGRICULTURE", "", "19", "", "", "", "2018", "1", "1", ""),
                null);

        assertThat(row.reasons()).containsExactly("foundedOn: is not a date (\"2018\"): write 2018-03-15 or 15/03/2018");
    }
}
