package vn.hoptac.plumbing.importing.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class XlsxReaderTest {

    private final XlsxReader reader = new XlsxReader();

    private static List<List<String>> texts(SpreadsheetFile file) {
        return file.rows().stream().map(row -> row.cells().stream().map(SpreadsheetFile.Cell::text).toList()).toList();
    }

    @Test
    void sharedStringsNumbersAndDatesAreReadByTheirCellsType() {
        SpreadsheetFile file = reader.read(Workbooks.of(List.of(
                List.of("registrationCode", "name", "foundedOn", "membersCount"),
                List.of(4600123456L, "Hợp tác xã Chè Tân Cương", LocalDate.of(2018, 3, 15), 45))));

        assertThat(texts(file)).containsExactly(List.of("registrationCode", "name", "foundedOn", "membersCount"),
                List.of("4600123456", "Hợp tác xã Chè Tân Cương", "43174", "45"));
        SpreadsheetFile.Row row = file.rows().get(1);
        assertThat(row.number()).isEqualTo(2);
        assertThat(row.cell(0).number()).isTrue();
        assertThat(row.cell(1).number()).isFalse();
        assertThat(row.cell(2).number()).as("a date is a number the date column reads as a serial").isTrue();
        assertThat(file.dateSerialEpoch().plusDays(43174)).isEqualTo(LocalDate.of(2018, 3, 15));
    }

    @Test
    void inlineStringsRichTextFormulaResultsBooleansAndMissingCells() {
        String sheet = """
                <sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="C1" t="s"><v>0</v></c></row>
                <row r="2">
                  <c r="A2" t="inlineStr"><is><r><t>HTX </t></r><r><rPr><b/></rPr><t xml:space="preserve">Chè La Bằng</t></r></is></c>
                  <c r="C2" t="s"><v>1</v></c><c r="D2" t="str"><f>A2&amp;"!"</f><v>HTX Chè La Bằng!</v></c>
                  <c r="E2" t="b"><v>1</v></c><c r="F2"><v>1.5E3</v></c><c r="G2"><v>60.0</v></c>
                </row>
                <row r="4"><c r="B4"><v>7</v></c></row>
                </sheetData>""";
        String shared = "<si><t>commune</t></si><si><r><t>Tân</t></r><r><t xml:space=\"preserve\"> Cương</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></si>";

        SpreadsheetFile file = reader.read(Workbooks.standard(sheet, shared));

        assertThat(texts(file)).containsExactly(List.of("name", "", "commune"),
                List.of("HTX Chè La Bằng", "", "Tân Cương", "HTX Chè La Bằng!", "TRUE", "1500", "60"), List.of("", "7"));
        assertThat(file.rows()).extracting(SpreadsheetFile.Row::number).containsExactly(1, 2, 4);
        assertThat(file.rows().get(0).cell(1)).as("missing cell B1").isEqualTo(SpreadsheetFile.Cell.EMPTY);
        assertThat(file.rows().get(2).cell(9)).as("a cell beyond the row's last").isEqualTo(SpreadsheetFile.Cell.EMPTY);
    }

    @Test
    void cellsWithoutReferencesFollowEachOtherAndExcelsEscapedCharactersAreDecoded() {
        String sheet = "<sheetData><row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>2</v></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>Xóm 2_x000D__x000A_Tân Cương</t></is></c></row></sheetData>";

        SpreadsheetFile file = reader.read(Workbooks.standard(sheet, ""));

        assertThat(texts(file)).containsExactly(List.of("a", "2"), List.of("Xóm 2\r\nTân Cương"));
        assertThat(file.rows()).extracting(SpreadsheetFile.Row::number).containsExactly(1, 2);
    }

    @Test
    void theFirstSheetIsTheWorkbooksFirstWhateverItsFileIsCalled() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", Workbooks.contentTypes("/xl/worksheets/sheet1.xml", "/xl/worksheets/register.xml"));
        parts.put("_rels/.rels", Workbooks.rels("rId1", Workbooks.RELATIONSHIPS + "/officeDocument", "/xl/workbook.xml"));
        parts.put("xl/workbook.xml", Workbooks.workbook("<workbookPr date1904=\"1\"/>", "rId7", "rId3"));
        parts.put("xl/_rels/workbook.xml.rels", Workbooks.rels("rId3", Workbooks.RELATIONSHIPS + "/worksheet", "worksheets/sheet1.xml")
                .replace("</Relationships>", Workbooks.relationship("rId7", Workbooks.RELATIONSHIPS + "/worksheet",
                        "/xl/worksheets/register.xml") + "</Relationships>"));
        parts.put("xl/worksheets/sheet1.xml", Workbooks.worksheet(
                "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>notes</t></is></c></row></sheetData>"));
        parts.put("xl/worksheets/register.xml", Workbooks.worksheet(
                "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>name</t></is></c></row></sheetData>"));

        SpreadsheetFile file = reader.read(Workbooks.zip(parts));

        assertThat(texts(file)).containsExactly(List.of("name"));
        assertThat(file.dateSerialEpoch()).as("the 1904 date system").isEqualTo(LocalDate.of(1904, 1, 1));
    }

    @Test
    void aWorkbookMissingItsRelationshipsIsRefusedNamingThePart() {
        // Excel, LibreOffice and Google Sheets always write them; a file without them is not guessed at.
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", Workbooks.contentTypes("/xl/worksheets/sheet1.xml", "/xl/sharedStrings.xml"));
        parts.put("_rels/.rels", Workbooks.rels("rId1", Workbooks.RELATIONSHIPS + "/officeDocument", "xl/workbook.xml"));
        parts.put("xl/workbook.xml", Workbooks.workbook("", "rId1"));
        parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + Workbooks.MAIN + "\"><si><t>name</t></si></sst>");
        parts.put("xl/worksheets/sheet1.xml", Workbooks.worksheet(
                "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>"));

        assertThatThrownBy(() -> reader.read(Workbooks.zip(parts))).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("workbook.xml.rels").hasMessageContaining("save it as .xlsx");
    }

    @Test
    void aZipThatIsNotAWorkbookOrIsBrokenIsRefused() {
        assertThatThrownBy(() -> reader.read(Workbooks.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet"))))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("not an Excel workbook");
        byte[] truncated = java.util.Arrays.copyOf(Workbooks.of(List.of(List.of("name"))), 60);
        assertThatThrownBy(() -> reader.read(truncated)).isInstanceOf(UnreadableFileException.class);
        assertThatThrownBy(() -> reader.read("PK\3\4 not really".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(UnreadableFileException.class);
    }

    @Test
    void cellsArePlacedByTheirReferencesAsExcelCountsColumns() {
        String sheet = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"Z1\"><v>26</v></c><c r=\"AA1\"><v>27</v></c>"
                + "</row></sheetData>";

        SpreadsheetFile.Row row = reader.read(Workbooks.standard(sheet, "")).rows().get(0);

        assertThat(row.cell(0).text()).isEqualTo("1");
        assertThat(row.cell(1)).isEqualTo(SpreadsheetFile.Cell.EMPTY);
        assertThat(row.cell(25).text()).isEqualTo("26");
        assertThat(row.cell(26).text()).isEqualTo("27");
    }

    @Test
    void aWorkbookSavedBySpreadsheetSoftwareIsReadWithItsTypes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "HopTac", "1.0")) {
            Worksheet notes = workbook.newWorksheet("Danh sách HTX");
            notes.value(0, 0, "name");
            notes.value(0, 1, "foundedOn");
            notes.value(0, 2, "membersCount");
            notes.value(0, 3, "active");
            notes.value(1, 0, "Hợp tác xã Nông nghiệp Đắk Nia");
            notes.value(1, 1, LocalDate.of(2018, 5, 2));
            notes.style(1, 1).format("yyyy-mm-dd").set();
            notes.value(1, 2, 45);
            notes.value(1, 3, true);
        }

        SpreadsheetFile file = reader.read(bytes.toByteArray());

        assertThat(texts(file)).containsExactly(List.of("name", "foundedOn", "membersCount", "active"),
                List.of("Hợp tác xã Nông nghiệp Đắk Nia", "43222", "45", "TRUE"));
        assertThat(file.rows().get(1).cell(1).number()).isTrue();
        assertThat(file.dateSerialEpoch().plusDays(43222)).isEqualTo(LocalDate.of(2018, 5, 2));
    }

    @Test
    void aZipThatInflatesBeyondTheLimitIsRefusedBeforeItIsParsed() {
        String sheet = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "x".repeat(2 * 1024 * 1024)
                + "</t></is></c></row></sheetData>";

        assertThatThrownBy(() -> new XlsxReader(1024 * 1024).read(Workbooks.standard(sheet, "")))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("too large once unpacked");
    }
}
