package vn.hoptac.registry.importing.file;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first worksheet of an Excel workbook (.xlsx: a zip of XML parts), found through the workbook and
 * its relationships. Cells are placed by their reference ({@code r="B7"}), so missing cells read as
 * empty; shared strings, inline strings, formula results, booleans and numbers are read as text, and
 * numbers are marked so a date column can read a date serial.
 */
public final class XlsxReader implements RegisterFileReader {

    /** No part of a register needs more; a zip that inflates beyond it is refused rather than filling memory. */
    private static final long MAX_PART_BYTES = 256L * 1024 * 1024;
    private static final int MAX_COLUMNS = 16_384;
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    @Override
    public RegisterFile read(byte[] content) {
        try {
            Map<String, byte[]> parts = readParts(content);
            String workbookPath = relationships(parts.get("_rels/.rels")).values().stream()
                    .filter(r -> r.type.endsWith("/officeDocument")).map(r -> resolve("", r.target)).findFirst()
                    .orElse("xl/workbook.xml");
            byte[] workbookXml = parts.get(workbookPath);
            if (workbookXml == null) {
                throw new UnreadableFileException("The file is not an Excel workbook (it has no " + workbookPath
                        + "): save it as .xlsx or as CSV UTF-8.");
            }
            Workbook workbook = workbook(workbookXml);
            String folder = workbookPath.substring(0, workbookPath.lastIndexOf('/') + 1);
            String relsPath = folder + "_rels/" + workbookPath.substring(folder.length()) + ".rels";
            Map<String, Relationship> relationships = relationships(parts.get(relsPath));
            String sheetPath = Optional.ofNullable(workbook.firstSheetId).map(relationships::get)
                    .map(sheet -> resolve(folder, sheet.target)).orElse(folder + "worksheets/sheet1.xml");
            String sharedStringsPath = relationships.values().stream().filter(r -> r.type.endsWith("/sharedStrings"))
                    .map(r -> resolve(folder, r.target)).findFirst().orElse(folder + "sharedStrings.xml");
            List<String> sharedStrings = parts.containsKey(sharedStringsPath) ? sharedStrings(parts.get(sharedStringsPath))
                    : List.of();
            List<RegisterFile.Row> rows = sheet(content, sheetPath, sharedStrings);
            return new RegisterFile(rows, workbook.date1904 ? EPOCH_1904 : EPOCH_1900);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new UnreadableFileException("The file is not a readable .xlsx workbook: save it again from Excel, or as"
                    + " CSV UTF-8.", e);
        }
    }

    private record Workbook(String firstSheetId, boolean date1904) {
    }

    private record Relationship(String type, String target) {
    }

    /** Every XML part but the worksheets, which are streamed from the zip once the first one is known. */
    private static Map<String, byte[]> readParts(byte[] content) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if ((name.endsWith(".xml") || name.endsWith(".rels")) && !name.contains("worksheets/")) {
                    parts.put(name, limited(zip).readAllBytes());
                }
            }
        }
        return parts;
    }

    private static Map<String, Relationship> relationships(byte[] xml) throws XMLStreamException {
        Map<String, Relationship> relationships = new LinkedHashMap<>();
        if (xml == null) {
            return relationships;
        }
        XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Relationship")) {
                relationships.put(attribute(reader, "Id"),
                        new Relationship(String.valueOf(attribute(reader, "Type")), String.valueOf(attribute(reader, "Target"))));
            }
        }
        return relationships;
    }

    private static Workbook workbook(byte[] xml) throws XMLStreamException {
        XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        String firstSheet = null;
        boolean date1904 = false;
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (reader.getLocalName().equals("workbookPr")) {
                String value = attribute(reader, "date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            } else if (reader.getLocalName().equals("sheet") && firstSheet == null) {
                // r:id, in the relationships namespace (transitional or strict), beside the sheet's own sheetId.
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    String namespace = reader.getAttributeNamespace(i);
                    if (reader.getAttributeLocalName(i).equals("id") && namespace != null && !namespace.isEmpty()) {
                        firstSheet = reader.getAttributeValue(i);
                    }
                }
            }
        }
        return new Workbook(firstSheet, date1904);
    }

    /** Each {@code <si>}'s text: its {@code <t>}, or its rich-text runs' together, without phonetic guides. */
    private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        StringBuilder text = null;
        int phonetic = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "si" -> text = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> {
                        String t = reader.getElementText();
                        if (text != null && phonetic == 0) {
                            text.append(t);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (reader.getLocalName().equals("rPh")) {
                    phonetic--;
                } else if (reader.getLocalName().equals("si") && text != null) {
                    strings.add(unescape(text.toString()));
                    text = null;
                }
            }
        }
        return strings;
    }

    private static List<RegisterFile.Row> sheet(byte[] content, String path, List<String> sharedStrings)
            throws IOException, XMLStreamException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(path)) {
                    return rows(XML.createXMLStreamReader(limited(zip)), sharedStrings);
                }
            }
        }
        throw new UnreadableFileException("The workbook's first worksheet (" + path + ") is missing from the file.");
    }

    private static List<RegisterFile.Row> rows(XMLStreamReader reader, List<String> sharedStrings) throws XMLStreamException {
        List<RegisterFile.Row> rows = new ArrayList<>();
        List<RegisterFile.Cell> cells = null;
        int rowNumber = 0;
        int column = -1;
        String type = null;
        String value = null;
        StringBuilder inline = null;
        int phonetic = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                switch (name) {
                    case "row" -> {
                        String r = attribute(reader, "r");
                        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                        cells = new ArrayList<>();
                    }
                    case "c" -> {
                        String r = attribute(reader, "r");
                        column = r == null ? cells.size() : columnOf(r);
                        type = attribute(reader, "t");
                        value = null;
                        inline = null;
                    }
                    case "v" -> value = reader.getElementText();
                    case "is" -> inline = new StringBuilder();
                    case "t" -> {
                        String t = reader.getElementText();
                        if (inline != null && phonetic == 0) {
                            inline.append(t);
                        }
                    }
                    case "rPh" -> phonetic++;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "c" -> {
                        while (cells.size() < column) {
                            cells.add(RegisterFile.Cell.EMPTY);
                        }
                        RegisterFile.Cell cell = cell(type, value, inline, sharedStrings);
                        if (column < cells.size()) {
                            cells.set(column, cell);
                        } else {
                            cells.add(cell);
                        }
                    }
                    case "row" -> {
                        RegisterFile.Row row = new RegisterFile.Row(rowNumber, cells);
                        if (!row.isBlank()) {
                            rows.add(row);
                        }
                    }
                    case "rPh" -> phonetic--;
                    default -> { }
                }
            }
        }
        return rows;
    }

    private static RegisterFile.Cell cell(String type, String value, StringBuilder inline, List<String> sharedStrings) {
        if (type == null || type.equals("n")) {
            return value == null || value.isBlank() ? RegisterFile.Cell.EMPTY : new RegisterFile.Cell(number(value), true);
        }
        return switch (type) {
            case "s" -> RegisterFile.Cell.text(sharedStrings.get(Integer.parseInt(value.strip())));
            case "inlineStr" -> RegisterFile.Cell.text(inline == null ? "" : unescape(inline.toString()));
            case "b" -> RegisterFile.Cell.text("1".equals(value) ? "TRUE" : "FALSE");
            // An ISO 8601 date cell (strict OOXML); its time of day, if any, does not matter here.
            case "d" -> RegisterFile.Cell.text(value == null ? "" : value.split("T")[0]);
            default -> RegisterFile.Cell.text(value == null ? "" : unescape(value)); // str (a formula's text), e (an error)
        };
    }

    /** Numbers as a person writes them: 4600123456 rather than 4.600123456E9, 45 rather than 45.0. */
    private static String number(String value) {
        try {
            return new BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value.strip();
        }
    }

    /** The zero-based column of a reference such as {@code B7}. */
    static int columnOf(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0 || column > MAX_COLUMNS) {
            throw new UnreadableFileException("The worksheet has a cell with an invalid reference: " + reference);
        }
        return column - 1;
    }

    /** Excel writes characters XML cannot hold (a line break in some versions) as {@code _xHHHH_}. */
    private static String unescape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher escaped = ESCAPED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (escaped.find()) {
            char c = (char) Integer.parseInt(escaped.group(1), 16);
            escaped.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(c)));
        }
        return escaped.appendTail(out).toString();
    }

    private static String resolve(String folder, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        Deque<String> path = new ArrayDeque<>();
        for (String segment : (folder + target).split("/")) {
            if (segment.equals("..")) {
                path.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                path.addLast(segment);
            }
        }
        return String.join("/", path);
    }

    private static String attribute(XMLStreamReader reader, String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    private static InputStream limited(InputStream in) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            @Override
            public void close() {
                // The zip stays open for its next entry.
            }

            private void count(int n) {
                read += n;
                if (read > MAX_PART_BYTES) {
                    throw new UnreadableFileException("The workbook is too large once unpacked (over "
                            + MAX_PART_BYTES / (1024 * 1024) + " MB in one part).");
                }
            }
        };
    }
}
