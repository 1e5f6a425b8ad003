package vn.hoptac.plumbing.importing.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small .xlsx workbooks for tests, zipped with java.util.zip in the layout Excel writes. */
public final class Workbooks {

    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String WORKSHEET_TYPE = RELATIONSHIPS + "/worksheet";
    static final String SHARED_STRINGS_TYPE = RELATIONSHIPS + "/sharedStrings";
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private Workbooks() {
    }

    /**
     * A workbook whose one sheet holds these rows from A1: a String as a shared string, a Number as a
     * number, a LocalDate as a date serial, null as a missing cell.
     */
    public static byte[] of(List<List<Object>> rows) {
        List<String> shared = new ArrayList<>();
        Map<String, Integer> sharedIndex = new HashMap<>();
        StringBuilder sheet = new StringBuilder("<sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                String ref = column(c) + (r + 1);
                if (value instanceof String text) {
                    int index = sharedIndex.computeIfAbsent(text, t -> {
                        shared.add(t);
                        return shared.size() - 1;
                    });
                    sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(index).append("</v></c>");
                } else if (value instanceof Number number) {
                    sheet.append("<c r=\"").append(ref).append("\"><v>").append(number).append("</v></c>");
                } else if (value instanceof LocalDate date) {
                    sheet.append("<c r=\"").append(ref).append("\" s=\"1\"><v>").append(ChronoUnit.DAYS.between(EPOCH, date))
                            .append("</v></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData>");
        StringBuilder strings = new StringBuilder();
        shared.forEach(s -> strings.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>"));
        return standard(sheet.toString(), strings.toString());
    }

    /** The usual parts around one sheet's {@code <sheetData>} and the shared strings' {@code <si>} elements. */
    public static byte[] standard(String sheetData, String sharedStrings) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes("/xl/worksheets/sheet1.xml", "/xl/sharedStrings.xml"));
        parts.put("_rels/.rels", rels("rId1", RELATIONSHIPS + "/officeDocument", "xl/workbook.xml"));
        parts.put("xl/workbook.xml", workbook("", "rId1"));
        parts.put("xl/_rels/workbook.xml.rels", rels("rId1", WORKSHEET_TYPE, "worksheets/sheet1.xml")
                .replace("</Relationships>", relationship("rId2", SHARED_STRINGS_TYPE, "sharedStrings.xml") + "</Relationships>"));
        parts.put("xl/worksheets/sheet1.xml", worksheet(sheetData));
        parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">" + sharedStrings
                + "</sst>");
        return zip(parts);
    }

    /** What every workbook declares its parts to be: the workbook, and the given worksheets and shared strings. */
    public static String contentTypes(String... parts) {
        StringBuilder overrides = new StringBuilder();
        for (String part : parts) {
            String type = part.endsWith("sharedStrings.xml") ? "sharedStrings" : "worksheet";
            overrides.append("<Override PartName=\"").append(part).append("\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.")
                    .append(type).append("+xml\"/>");
        }
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                """ + overrides + "</Types>";
    }

    public static String worksheet(String sheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN + "\" xmlns:r=\""
                + RELATIONSHIPS + "\">" + sheetData + "</worksheet>";
    }

    /** A workbook part listing sheets by relationship id, in order. */
    public static String workbook(String workbookPr, String... sheetRelationshipIds) {
        StringBuilder sheets = new StringBuilder();
        for (int i = 0; i < sheetRelationshipIds.length; i++) {
            sheets.append("<sheet name=\"Sheet").append(i + 1).append("\" sheetId=\"").append(i + 1).append("\" r:id=\"")
                    .append(sheetRelationshipIds[i]).append("\"/>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\""
                + RELATIONSHIPS + "\">" + workbookPr + "<sheets>" + sheets + "</sheets></workbook>";
    }

    public static String rels(String id, String type, String target) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relationship(id, type, target) + "</Relationships>";
    }

    public static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    public static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A, B, … Z, AA, AB, … for a zero-based column. */
    public static String column(int index) {
        String name = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name = (char) ('A' + (n - 1) % 26) + name;
        }
        return name;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
