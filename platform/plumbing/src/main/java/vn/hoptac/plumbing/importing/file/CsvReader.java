package vn.hoptac.plumbing.importing.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as RFC 4180 writes it and Excel saves it, parsed by Commons CSV: quoted values with {@code ""}
 * for a quote and commas or line breaks inside, CRLF, LF or CR line ends, UTF-8 with or without a
 * byte-order mark (or UTF-16 with one, Excel's "Unicode text"). The separator is the comma, or the
 * semicolon or tab when the header row uses those instead: Excel on a Vietnamese Windows, whose
 * decimal mark is the comma, saves with semicolons. Records are numbered as a spreadsheet shows them,
 * blank ones included, but only non-blank ones are returned.
 */
public final class CsvReader implements SpreadsheetReader {

    @Override
    public SpreadsheetFile read(byte[] content) {
        String text = decode(content);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separatorOf(text)).setIgnoreEmptyLines(false)
                .setTrailingData(true) // as Excel does, text between a closing quote and the separator is kept
                .get();
        List<SpreadsheetFile.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, parser)) {
                CSVRecord record = records.next();
                List<SpreadsheetFile.Cell> cells = record.stream().map(SpreadsheetFile.Cell::text).toList();
                SpreadsheetFile.Row row = new SpreadsheetFile.Row(Math.toIntExact(record.getRecordNumber()), cells);
                if (!row.isBlank()) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UnreadableFileException("The file could not be read as CSV: " + e.getMessage(), e);
        }
        return new SpreadsheetFile(rows, null);
    }

    /** Commons CSV reports a quoted value never closed while looking for the next record. */
    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new UnreadableFileException("Row " + (parser.getRecordNumber() + 1)
                    + ": a quoted value is never closed (a \" is missing).", e);
        }
    }

    private static String decode(byte[] content) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, skip, content.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(
                    "The file is not UTF-8 text: in Excel, save it as \"CSV UTF-8 (Comma delimited)\".", e);
        }
    }

    /** The separator the header row uses most, outside quotes. */
    private static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
