package vn.hoptac.plumbing.importing.file;

import java.util.Locale;

/** The formats an import is uploaded in: CSV (UTF-8) and Excel workbooks (.xlsx). */
public enum ImportFormat {
    CSV(new CsvReader()),
    XLSX(new XlsxReader());

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final SpreadsheetReader reader;

    ImportFormat(SpreadsheetReader reader) {
        this.reader = reader;
    }

    public SpreadsheetFile read(byte[] content) {
        return reader.read(content);
    }

    /** The format by content first (an .xlsx is a zip), then by the file's extension. */
    public static ImportFormat of(String fileName, byte[] content) {
        return of(fileName, content, "the file");
    }

    /** As {@link #of(String, byte[])}; {@code what} names the upload in the advice ("the register"). */
    public static ImportFormat of(String fileName, byte[] content, String what) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(content, ZIP)) {
            return XLSX;
        }
        if (startsWith(content, OLE)) {
            throw new UnreadableFileException("This is an Excel 97-2003 (.xls) or password-protected workbook, which cannot be"
                    + " read: save it as .xlsx (without a password) or as CSV UTF-8.");
        }
        if (name.endsWith(".xlsx")) {
            throw new UnreadableFileException("The file is named .xlsx but is not an Excel workbook.");
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        throw new UnreadableFileException("Unknown format: send " + what + " as a .csv (UTF-8) or .xlsx file.");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
