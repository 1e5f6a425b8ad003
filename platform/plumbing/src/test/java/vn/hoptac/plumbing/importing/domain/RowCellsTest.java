package vn.hoptac.plumbing.importing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoptac.plumbing.importing.file.SpreadsheetFile;
import vn.hoptac.plumbing.importing.file.SpreadsheetFile.Cell;

class RowCellsTest {

    static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    static final ImportColumns COLUMNS = ImportColumns.of(List.of("code", "name", "kind", "provinceCode", "heldOn", "count",
            "amount"), List.of());
    static final ImportColumns.Header HEADER = COLUMNS.header(ImportColumnsTest.row(1, "code", "name", "kind", "provinceCode",
            "heldOn", "count", "amount"));

    enum Kind { TRAINING, STUDY_TOUR }

    /** A CSV row: every cell is text, and the file has no date serials. */
    static RowCells csv(String... texts) {
        return new RowCells(ImportColumnsTest.row(7, texts), HEADER, null);
    }

    static RowCells workbook(Cell... cells) {
        return new RowCells(new SpreadsheetFile.Row(7, List.of(cells)), HEADER, EXCEL_EPOCH);
    }

    static Cell number(String text) {
        return new Cell(text, true);
    }

    @Test
    void textIsComposedTrimmedWithOneSpaceBetweenWordsAndEmptyIsAbsent() {
        String decomposed = Normalizer.normalize("Hợp tác xã  Chè\tTân Cương ", Normalizer.Form.NFD);
        RowCells cells = csv("", " " + decomposed);

        assertThat(cells.text("name")).isEqualTo("Hợp tác xã Chè Tân Cương");
        assertThat(cells.text("code")).isNull();
        assertThat(cells.text("amount")).as("a cell beyond the row's last").isNull();
        assertThat(cells.row()).isEqualTo(7);
        assertThat(cells.reasons()).isEmpty();
    }

    @Test
    void aChoiceIsAnEnumNameInAnyCaseWithSpacesOrHyphensForUnderscores() {
        assertThat(csv("", "", "training").choice("kind", Kind.class)).isEqualTo(Kind.TRAINING);
        assertThat(csv("", "", "Study tour").choice("kind", Kind.class)).isEqualTo(Kind.STUDY_TOUR);
        assertThat(csv("", "", "study-tour").choice("kind", Kind.class)).isEqualTo(Kind.STUDY_TOUR);

        RowCells unknown = csv("", "", "HOI_THAO");
        assertThat(unknown.choice("kind", Kind.class)).isNull();
        assertThat(unknown.reasons()).containsExactly("kind: must be one of [TRAINING, STUDY_TOUR], not \"HOI_THAO\"");
        assertThat(unknown.isUnreadable("kind")).isTrue();
    }

    @Test
    void datesAreIsoDayMonthYearOrAWorkbooksSerial() {
        assertThat(csv("", "", "", "", "2018-03-15").date("heldOn")).isEqualTo(LocalDate.of(2018, 3, 15));
        assertThat(csv("", "", "", "", "15/03/2018").date("heldOn")).isEqualTo(LocalDate.of(2018, 3, 15));
        assertThat(csv("", "", "", "", "5.3.2018").date("heldOn")).isEqualTo(LocalDate.of(2018, 3, 5));
        assertThat(csv("", "", "", "", "05-03-2018").date("heldOn")).isEqualTo(LocalDate.of(2018, 3, 5));
        assertThat(workbook(Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, number("43577")).date("heldOn"))
                .isEqualTo(LocalDate.of(2019, 4, 22));
        assertThat(workbook(Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, number("43577.75")).date("heldOn"))
                .as("a time of day does not change the date").isEqualTo(LocalDate.of(2019, 4, 22));
        RowCells in1904 = new RowCells(new SpreadsheetFile.Row(2, List.of(Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY,
                number("42115"))), HEADER, LocalDate.of(1904, 1, 1));
        assertThat(in1904.date("heldOn")).as("the 1904 date system").isEqualTo(LocalDate.of(2019, 4, 22));
    }

    @Test
    void aDateThatIsNoDayOrANumberInACsvFileIsAReason() {
        RowCells noSuchDay = csv("", "", "", "", "31/02/2019");
        assertThat(noSuchDay.date("heldOn")).isNull();
        assertThat(noSuchDay.reasons()).containsExactly("heldOn: is not a date (\"31/02/2019\"): write 2018-03-15 or 15/03/2018");

        RowCells year = csv("", "", "", "", "2018");
        assertThat(year.date("heldOn")).as("not taken for a date serial").isNull();
        assertThat(year.reasons()).containsExactly("heldOn: is not a date (\"2018\"): write 2018-03-15 or 15/03/2018");
    }

    @Test
    void wholeNumbersMayBeGroupedByDotsCommasOrSpaces() {
        assertThat(csv("", "", "", "", "", "", "1.500.000.000").whole("amount")).isEqualTo(1_500_000_000L);
        assertThat(csv("", "", "", "", "", "", "800,000,000").whole("amount")).isEqualTo(800_000_000L);
        assertThat(csv("", "", "", "", "", "", "1 500 000").whole("amount")).isEqualTo(1_500_000L);
        assertThat(csv("", "", "", "", "", "", "-5").whole("amount")).isEqualTo(-5L);
        assertThat(csv("", "", "", "", "", "45").integer("count")).isEqualTo(45);
        assertThat(csv("", "", "", "", "", "").integer("count")).isNull();
    }

    @Test
    void whatIsNotAWholeNumberOrIsTooLargeIsAReason() {
        RowCells cells = csv("", "", "", "", "", "many", "1.5");
        assertThat(cells.integer("count")).isNull();
        assertThat(cells.whole("amount")).isNull();
        assertThat(cells.reasons()).containsExactly("count: is not a whole number (\"many\")",
                "amount: is not a whole number (\"1.5\")");

        RowCells large = csv("", "", "", "", "", "3000000000", "99999999999999999999");
        assertThat(large.integer("count")).isNull();
        assertThat(large.whole("amount")).isNull();
        assertThat(large.reasons()).containsExactly("count: is too large (3000000000)", "amount: is too large (99999999999999999999)");
    }

    @Test
    void aWorkbooksNumericCodeGetsBackItsLeadingZerosButTextIsKeptAsWritten() {
        assertThat(workbook(Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, number("6")).provinceCode("provinceCode")).isEqualTo("06");
        assertThat(workbook(Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, number("19")).provinceCode("provinceCode")).isEqualTo("19");
        assertThat(workbook(number("42")).code("code", 5)).isEqualTo("00042");
        assertThat(csv("", "", "", "6").provinceCode("provinceCode")).as("a CSV file keeps what was written").isEqualTo("6");
    }

    @Test
    void aRuleBrokenByAFieldWhoseCellWasUnreadableAddsNothingAndReasonsFollowTheColumnsOrder() {
        RowCells cells = csv("", "", "", "", "someday", "x");
        cells.integer("count");
        cells.date("heldOn");
        cells.reject("heldOn", "must not be null");
        cells.reject("name", "must not be blank");
        cells.reject("amount", "must be greater than or equal to 0");
        cells.reject("name", "a second rule");
        cells.reject("organiser.name", "a field no column holds");

        assertThat(cells.reasons()).containsExactly(
                "organiser.name: a field no column holds",
                "name: a second rule",
                "name: must not be blank",
                "heldOn: is not a date (\"someday\"): write 2018-03-15 or 15/03/2018",
                "count: is not a whole number (\"x\")",
                "amount: must be greater than or equal to 0");
    }
}
