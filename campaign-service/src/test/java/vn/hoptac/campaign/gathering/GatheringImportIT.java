package vn.hoptac.campaign.gathering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.hoptac.campaign.CampaignApplication;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.FixedVietnamClock;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.Http.Response;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.TestInfrastructure;
import vn.hoptac.testsupport.TestIssuer;

/**
 * Classes and their attendance from a spreadsheet through the platform's import, on the real store:
 * each row recorded by the same rules as the API and reported on; a row uploaded again, as CSV or as a
 * workbook, is not recorded twice; a viewer may read the report but not upload.
 */
@SpringBootTest(classes = {CampaignApplication.class, FixedVietnamClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hoptac.alliance.province-code=68", "hoptac.topics.prefix=" + GatheringImportIT.PREFIX,
                "hoptac.campaigns.overdue-cron=-"})
@RealInfrastructure
class GatheringImportIT {

    static final String PREFIX = "imports68.";
    static final java.util.concurrent.atomic.AtomicInteger PLANS = new java.util.concurrent.atomic.AtomicInteger(300);
    static final String HEADER = "planNumber,planId,activityNumber,kind,title,heldOn,endsOn,commune,provinceCode,"
            + "formerProvinceCode,audiences,ethnicMinorityArea,attendance,ghi chú\n";

    @LocalServerPort
    int port;
    Http http;
    String officer;
    String plan;
    String number;

    @BeforeAll
    static void topics() {
        TestInfrastructure.shared().createTopics(List.of(PREFIX + "campaigns.events"), 6);
    }

    @BeforeEach
    void anIssuedPlanWithATrainingActivity() {
        officer = TestIssuer.shared().bearer("vu.thi.hang", "68", "CAMPAIGN_OFFICER");
        http = new Http("http://127.0.0.1:" + port).as(TestIssuer.shared().bearer("xem", "68", "VIEWER"));
        Response drafted = http.post("/api/v1/plans", """
                {"kind": "ANNUAL_WORK_PLAN", "title": "Kế hoạch công tác năm 2024", "periodFrom": "2024-01-01",
                 "periodTo": "2024-12-31", "on": "2024-01-05"}""", "Authorization", officer);
        plan = drafted.text("id");
        number = PLANS.incrementAndGet() + "/KH-LMHTX";
        assertThat(http.post("/api/v1/plans/" + plan + "/issue", "{\"number\": \"" + number + "\", \"issuedOn\": \"2024-01-08\"}",
                "Authorization", officer, "If-Match", "\"1\"").status()).isEqualTo(200);
        assertThat(http.post("/api/v1/plans/" + plan + "/activities", """
                {"number": 11, "title": "Lớp bồi dưỡng cán bộ quản lý HTX", "category": "TRAINING_CLASS",
                 "windowFrom": "2024-03-01", "windowTo": "2024-11-30", "provinceCode": "68"}""",
                "Authorization", officer, "If-Match", "\"2\"").status()).isEqualTo(201);
    }

    @Test
    void eachRowIsRecordedOrRejectedWithItsReasonsAndNothingTwice() throws IOException {
        String csv = HEADER
                + number + ",,11,TRAINING_CLASS,Lớp bồi dưỡng kế toán HTX,15/05/2024,17/05/2024,Gia Nghĩa,68,67,"
                + "\"ACCOUNTANTS; DIRECTORS\",không,45,\n"
                + "," + plan + ",11,propaganda class,Tuyên truyền Luật HTX năm 2023 cho đồng bào dân tộc thiểu số,2024-06-20,,"
                + "Quảng Khê,68,67,cooperative members,có,120,vùng đồng bào\n"
                + number + ",,11,TRAINING_CLASS,Lớp tập huấn năm trước,2023-12-01,,,68,,BOARD_MEMBERS,,30,\n"
                + number + ",,11,TRAINING_CLASS,Lớp không rõ đối tượng,2024-07-01,,,68,,nông dân,,30,\n"
                + "," + plan + ",12,ADVISORY_CLASS,Lớp tư vấn thành lập HTX,2024-07-01,,,68,,FOUNDERS,,twenty,\n";
        JsonNode report = finished(upload("lop-tap-huan-2024.csv", csv.getBytes(StandardCharsets.UTF_8), officer));
        assertThat(report.get("status").asString()).isEqualTo("DONE");
        assertThat(List.of(report.get("totalRows").asInt(), report.get("created").asInt(), report.get("rejected").asInt()))
                .containsExactly(5, 2, 3);
        assertThat(report.get("ignoredColumns").valueStream().map(JsonNode::asString).toList()).containsExactly("ghi chú");
        Map<Integer, String> rejected = new LinkedHashMap<>();
        report.get("rejectedRows").forEach(r -> rejected.put(r.get("row").asInt(), String.join("; ",
                r.get("reasons").valueStream().map(JsonNode::asString).toList())));
        assertThat(rejected.get(4)).contains("planNumber").contains("2023-12-01");
        assertThat(rejected.get(5)).contains("audiences").contains("nông dân");
        assertThat(rejected.get(6)).contains("attendance").contains("twenty");

        JsonNode recorded = http.get("/api/v1/gatherings?planId=" + plan).json();
        assertThat(recorded).hasSize(2);
        JsonNode accountants = recorded.get(0);
        assertThat(accountants.get("endsOn").asString()).isEqualTo("2024-05-17");
        assertThat(accountants.get("audiences").valueStream().map(JsonNode::asString).toList())
                .containsExactly("DIRECTORS", "ACCOUNTANTS");
        assertThat(recorded.get(1).get("ethnicMinorityArea").asBoolean()).isTrue();
        assertThat(recorded.get(1).get("title").asString()).isEqualTo("Tuyên truyền Luật HTX năm 2023 cho đồng bào dân tộc thiểu số");

        JsonNode again = finished(upload("lop-tap-huan-2024.xlsx", workbookOf(csv), officer));
        assertThat(List.of(again.get("created").asInt(), again.get("alreadyImported").asInt(), again.get("rejected").asInt()))
                .as("the same rows from a workbook").containsExactly(0, 2, 3);
        assertThat(http.get("/api/v1/gatherings?planId=" + plan).json()).hasSize(2);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedWholeAndAViewerCannotUpload() {
        Response missing = upload("thieu-cot.csv", "planId,title\nx,y\n".getBytes(StandardCharsets.UTF_8), officer);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .contains("activityNumber", "kind", "heldOn", "audiences", "attendance");
        Response viewer = upload("lop.csv", HEADER.getBytes(StandardCharsets.UTF_8),
                TestIssuer.shared().bearer("xem", "68", "VIEWER"));
        assertThat(viewer.status()).isEqualTo(403);
    }

    Response upload(String fileName, byte[] content, String token) {
        String boundary = "hoptac-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/gathering-imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    JsonNode finished(Response accepted) {
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(202);
        String location = accepted.header("Location");
        Eventually.await("import " + location + " to finish", Duration.ofMinutes(2),
                () -> Set.of("DONE", "FAILED").contains(http.get(location).text("status")));
        return http.get(location).json();
    }

    /** The CSV as spreadsheet software writes it: numbers as numbers, dates as date cells, empty cells left out. */
    static byte[] workbookOf(String csv) throws IOException {
        List<String> lines = List.of(csv.split("\n"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "HopTac", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Lớp tập huấn");
            for (int r = 0; r < lines.size(); r++) {
                List<String> cells = List.of(lines.get(r).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1));
                for (int c = 0; c < cells.size(); c++) {
                    String text = cells.get(c).replace("\"", "");
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (r > 0 && header.get(c).equals("heldOn") && text.matches("[0-9]{4}-.*")) {
                        sheet.value(r, c, LocalDate.parse(text));
                        sheet.style(r, c).format("dd/mm/yyyy").set();
                    } else if (r > 0 && text.matches("[0-9]+") && !header.get(c).equals("provinceCode")) {
                        sheet.value(r, c, Long.parseLong(text));
                    } else {
                        sheet.value(r, c, text);
                    }
                }
            }
        }
        return bytes.toByteArray();
    }
}
