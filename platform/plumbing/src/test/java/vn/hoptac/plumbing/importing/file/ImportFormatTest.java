package vn.hoptac.plumbing.importing.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportFormatTest {

    private static final byte[] CSV = "name,type\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aZipIsAWorkbookWhateverItsName() {
        byte[] workbook = Workbooks.of(List.of(List.of("name")));
        assertThat(ImportFormat.of("register.xlsx", workbook)).isEqualTo(ImportFormat.XLSX);
        assertThat(ImportFormat.of("register", workbook)).isEqualTo(ImportFormat.XLSX);
        assertThat(ImportFormat.of(null, workbook)).isEqualTo(ImportFormat.XLSX);
    }

    @Test
    void textIsCsvByItsExtension() {
        assertThat(ImportFormat.of("Danh sách HTX.CSV", CSV)).isEqualTo(ImportFormat.CSV);
        assertThatThrownBy(() -> ImportFormat.of("register.txt", CSV)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining(".csv");
        assertThatThrownBy(() -> ImportFormat.of("register.xlsx", CSV)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("not an Excel workbook");
    }

    @Test
    void theAdviceOnAnUnknownFormatNamesWhatTheUploadHolds() {
        assertThatThrownBy(() -> ImportFormat.of("register.pdf", CSV, "the register"))
                .hasMessage("Unknown format: send the register as a .csv (UTF-8) or .xlsx file.");
        assertThatThrownBy(() -> ImportFormat.of("classes.ods", CSV)).hasMessageContaining("send the file as a .csv");
    }

    @Test
    void anOldBinaryWorkbookIsRefusedWithAdvice() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> ImportFormat.of("register.xls", xls)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining(".xlsx");
    }
}
