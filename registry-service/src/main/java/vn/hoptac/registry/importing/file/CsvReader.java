package vn.hoptac.registry.importing.file;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 writes it and Excel saves it: quoted values with {@code ""} for a quote and commas or
 * line breaks inside, CRLF, LF or CR line ends, UTF-8 with or without a byte-order mark (or UTF-16 with
 * one, Excel's "Unicode text"). The separator is the comma, or the semicolon or tab when the header row
 * uses those instead: Excel on a Vietnamese Windows, whose decimal mark is the comma, saves with
 * semicolons. Records are numbered as a spreadsheet shows them, blank ones included, but only non-blank
 * ones are returned.
 */
public final class CsvReader implements RegisterFileReader {

    @Override
    public RegisterFile read(byte[] content) {
        String text = decode(content);
        char separator = separatorOf(text);
        List<RegisterFile.Row> rows = new ArrayList<>();
        List<RegisterFile.Cell> record = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int number = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new UnreadableFileException("Row " + number
                                + ": a quoted value is never closed (a \" is missing).");
                    }
                    char c = text.charAt(i++);
                    if (c != '"') {
                        value.append(c);
                    } else if (i < n && text.charAt(i) == '"') {
                        value.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
            }
            // Unquoted text, or (leniently, as Excel does) anything between a closing quote and the separator.
            while (i < n && !endsValue(text.charAt(i), separator)) {
                value.append(text.charAt(i++));
            }
            record.add(RegisterFile.Cell.text(value.toString()));
            value.setLength(0);
            if (i < n && text.charAt(i) == separator) {
                i++;
                if (i < n) {
                    continue;
                }
                record.add(RegisterFile.Cell.EMPTY); // a separator at the very end leaves one more, empty value
            } else if (i < n) {
                i += text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            }
            RegisterFile.Row row = new RegisterFile.Row(number++, record);
            if (!row.isBlank()) {
                rows.add(row);
            }
            record = new ArrayList<>();
        }
        return new RegisterFile(rows, null);
    }

    private static boolean endsValue(char c, char separator) {
        return c == separator || c == '\n' || c == '\r';
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
