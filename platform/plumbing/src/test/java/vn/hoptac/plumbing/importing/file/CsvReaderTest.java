package vn.hoptac.plumbing.importing.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private final CsvReader reader = new CsvReader();

    private List<List<String>> texts(String csv) {
        return texts(csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<List<String>> texts(byte[] csv) {
        return reader.read(csv).rows().stream().map(row -> row.cells().stream().map(SpreadsheetFile.Cell::text).toList()).toList();
    }

    private List<Integer> numbers(String csv) {
        return reader.read(csv.getBytes(StandardCharsets.UTF_8)).rows().stream().map(SpreadsheetFile.Row::number).toList();
    }

    @Test
    void plainRowsAreSplitOnCommasAndNumberedFromTheHeaderAsRowOne() {
        assertThat(texts("name,type\nHTX A,COOPERATIVE\nHTX B,COOPERATIVE\n"))
                .containsExactly(List.of("name", "type"), List.of("HTX A", "COOPERATIVE"), List.of("HTX B", "COOPERATIVE"));
        assertThat(numbers("name,type\nHTX A,COOPERATIVE\nHTX B,COOPERATIVE\n")).containsExactly(1, 2, 3);
    }

    @Test
    void quotedValuesKeepCommasEscapedQuotesAndLineBreaks() {
        String csv = "name,addressLine\r\n\"HTX \"\"Tân Cương\"\"\",\"Xóm 2, xã Tân Cương\r\nTP Thái Nguyên\"\r\nHTX B,\"\"\r\n";

        assertThat(texts(csv)).containsExactly(List.of("name", "addressLine"),
                List.of("HTX \"Tân Cương\"", "Xóm 2, xã Tân Cương\r\nTP Thái Nguyên"), List.of("HTX B", ""));
        assertThat(numbers(csv)).as("a value with a line break is still one spreadsheet row").containsExactly(1, 2, 3);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "name,type\r\nHTX A,COOPERATIVE".getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, csv, 0, bom.length);
        System.arraycopy(body, 0, csv, bom.length, body.length);

        assertThat(texts(csv)).containsExactly(List.of("name", "type"), List.of("HTX A", "COOPERATIVE"));
    }

    @Test
    void crlfLfAndLoneCrAllEndARow() {
        assertThat(texts("a,b\r\n1,2\n3,4\r5,6")).containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"),
                List.of("5", "6"));
    }

    @Test
    void vietnameseDiacriticsAreReadAsWritten() {
        assertThat(texts("name,commune\nHợp tác xã Chè Tân Cương,Phúc Xuân\nTổ hợp tác rau an toàn Đồng Hỷ,Hóa Thượng\n"))
                .containsExactly(List.of("name", "commune"), List.of("Hợp tác xã Chè Tân Cương", "Phúc Xuân"),
                        List.of("Tổ hợp tác rau an toàn Đồng Hỷ", "Hóa Thượng"));
    }

    @Test
    void anEmptyTrailingLineAddsNoRowAndBlankLinesInsideAreSkippedButCounted() {
        assertThat(texts("a,b\n1,2\n")).hasSize(2);
        assertThat(texts("a,b\r\n1,2\r\n\r\n")).hasSize(2);
        assertThat(numbers("a,b\n\n1,2\n,\n3,4\n")).as("blank rows keep their place as in a spreadsheet")
                .containsExactly(1, 3, 5);
    }

    @Test
    void emptyValuesAreKeptInTheirColumns() {
        assertThat(texts("a,b,c\n,2,\n1,,")).containsExactly(List.of("a", "b", "c"), List.of("", "2", ""),
                List.of("1", "", ""));
    }

    @Test
    void semicolonsSeparateWhenTheHeaderUsesThemAsExcelDoesWithAVietnameseDecimalComma() {
        assertThat(texts("name;charterCapital\n\"HTX A; B\";1,5\n")).containsExactly(List.of("name", "charterCapital"),
                List.of("HTX A; B", "1,5"));
    }

    @Test
    void aQuotedValueNeverClosedIsRefusedNamingItsRow() {
        assertThatThrownBy(() -> texts("a,b\n1,2\n\"HTX A,3\n")).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("Row 3");
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithAdviceOnSavingIt() {
        byte[] windows1258 = "name\nHợp tác xã".getBytes(Charset.forName("windows-1258"));

        assertThatThrownBy(() -> reader.read(windows1258)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("CSV UTF-8");
    }

    @Test
    void excelsUnicodeTextInUtf16WithItsByteOrderMarkIsRead() {
        byte[] utf16 = "\uFEFFname\tcommune\r\nHTX Chè\tLa Bằng\r\n".getBytes(StandardCharsets.UTF_16LE);

        assertThat(texts(utf16)).containsExactly(List.of("name", "commune"), List.of("HTX Chè", "La Bằng"));
    }

    @Test
    void anEmptyFileHasNoRows() {
        assertThat(texts("")).isEmpty();
        assertThat(texts("\r\n\r\n")).isEmpty();
    }
}
