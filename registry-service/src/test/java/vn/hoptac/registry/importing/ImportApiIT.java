package vn.hoptac.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hoptac.contracts.EventTypes;
import vn.hoptac.registry.RegistryApplication;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hoptac.plumbing.importing.application.ImportRunner;
import vn.hoptac.plumbing.importing.domain.ImportStatus;
import vn.hoptac.plumbing.importing.file.ImportFormat;
import vn.hoptac.plumbing.importing.file.SpreadsheetFile;
import vn.hoptac.plumbing.importing.persistence.ImportJob;
import vn.hoptac.plumbing.importing.persistence.ImportStore;
import vn.hoptac.registry.support.Officers;
import vn.hoptac.registry.support.Organisations;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.FixedVietnamClock;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.Http.Response;
import vn.hoptac.testsupport.KafkaTestConsumer;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.TestIssuer;

/**
 * Bulk import over HTTP on the real broker and the real store, as the alliance of Thái Nguyên (19) on
 * 22 November 2026 in Vietnam: the sample register, re-uploaded and as a workbook; 10,000 rows; the
 * files refused as a whole; an import interrupted by a restart.
 */
@SpringBootTest(classes = {RegistryApplication.class, FixedVietnamClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ImportApiIT {

    static final String PROVINCE = "19";
    static final String AUTHORIZATION = Officers.AUTHORIZATION;

    /** A registry officer's token; the subject becomes the actor in events. */
    static String officer(String subject) {
        return Officers.registryOfficer(subject, PROVINCE);
    }

    /** 01:30 on 22 November 2026 in Vietnam, while UTC's date is still the 21st. */
    static final Instant NOW = FixedVietnamClock.NOW;
    static final Path SAMPLE = Path.of("..", "deploy", "samples", "register-sample.csv");
    static final JsonMapper JSON = JsonMapper.builder().build();


    @LocalServerPort
    int port;

    @Autowired
    ImportStore store;

    @Autowired
    ImportRunner runner;

    Http http;
    long run = System.nanoTime();

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port).as(Officers.viewer(PROVINCE));
    }

    @Test
    void theSampleRegistersItsGoodRowsOnceHoweverOftenAndInWhicheverFormatItIsUploaded() throws IOException {
        byte[] sample = Files.readAllBytes(SAMPLE);
        long registered = organisationsInRegister();

        Response accepted = upload("register-sample.csv", sample, AUTHORIZATION, officer("nguyen.van.an"));

        assertThat(accepted.status()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).isEqualTo("/api/v1/imports/" + accepted.text("id"));
        assertThat(accepted.text("status")).isIn("QUEUED", "RUNNING", "DONE");
        JsonNode first = finished(location);
        assertThat(first.get("status").asString()).isEqualTo("DONE");
        assertThat(first.get("format").asString()).isEqualTo("CSV");
        assertThat(first.get("fileName").asString()).isEqualTo("register-sample.csv");
        assertThat(counts(first)).containsExactly(12, 12, 9, 0, 3);
        assertThat(first.get("ignoredColumns").valueStream().map(JsonNode::asString).toList()).containsExactly("ghiChu");
        assertThat(first.get("startedAt").asString()).isEqualTo(NOW.toString());
        assertThat(first.get("finishedAt").asString()).isEqualTo(NOW.toString());
        assertThat(rejectedRows(first)).containsExactly(
                Map.entry(11, List.of("membersCount: must be greater than or equal to 0")),
                Map.entry(12, List.of("type: must be one of [COOPERATIVE, COOPERATIVE_GROUP, UNION_OF_COOPERATIVES,"
                        + " PEOPLES_CREDIT_FUND], not \"HOP_TAC_XA\"")),
                Map.entry(13, List.of("foundedOn: is in the future (today in Vietnam is 2026-11-22)")));
        Map<Integer, String> created = organisationIds(location, "CREATED");
        assertThat(created.keySet()).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(organisationsInRegister()).isEqualTo(registered + 9);

        JsonNode cooperative = http.get("/api/v1/organisations/" + created.get(7)).json();
        assertThat(cooperative.get("name").asString()).isEqualTo("HTX Miến dong Côn Minh");
        assertThat(cooperative.get("formerProvinceCode").asString()).isEqualTo("06");
        assertThat(cooperative.get("legalBasis").asString()).isEqualTo("LAW_2012");
        assertThat(cooperative.get("addressLine").asString()).isEqualTo("Thôn Nà Làng, xã Côn Minh");
        assertThat(http.get("/api/v1/organisations/" + created.get(9)).json().get("legalBasis").asString()).isEqualTo("LAW_2012");
        var event = new KafkaTestConsumer().readUntil("registry.events",
                all -> all.stream().anyMatch(r -> created.get(2).equals(r.key())), Duration.ofSeconds(60)).stream()
                .filter(r -> created.get(2).equals(r.key())).findFirst().orElseThrow();
        assertThat(KafkaTestConsumer.header(event, "ce_type")).isEqualTo(EventTypes.Registry.ORGANISATION_REGISTERED);
        assertThat(JSON.readTree(event.value()).get("actor").asString()).isEqualTo("nguyen.van.an");

        for (int again = 0; again < 2; again++) {
            JsonNode replayed = finished(upload("register-sample.csv", sample, AUTHORIZATION, officer("tran.thi.binh")).header("Location"));
            assertThat(counts(replayed)).as("upload %d", again + 2).containsExactly(12, 12, 0, 9, 3);
            assertThat(organisationIds(path(replayed), "ALREADY_IMPORTED")).isEqualTo(created);
            assertThat(rejectedRows(replayed)).isEqualTo(rejectedRows(first));
        }
        assertThat(organisationsInRegister()).isEqualTo(registered + 9);

        JsonNode workbook = finished(upload("register-sample.xlsx", workbookOf(sample), AUTHORIZATION, officer("tran.thi.binh"))
                .header("Location"));
        assertThat(workbook.get("format").asString()).isEqualTo("XLSX");
        assertThat(counts(workbook)).containsExactly(12, 12, 0, 9, 3);
        assertThat(organisationIds(path(workbook), "ALREADY_IMPORTED")).isEqualTo(created);
        assertThat(rejectedRows(workbook)).isEqualTo(rejectedRows(first));
        assertThat(organisationsInRegister()).isEqualTo(registered + 9);
    }

    @Test
    void tenThousandRowsAreAcceptedAndTheirProgressCanBeFollowedWhileTheyRun() {
        String tag = "muoinghin" + run;
        int total = 10_000;
        StringBuilder csv = new StringBuilder("registrationCode,name,type,sector,provinceCode,commune,foundedOn,membersCount,"
                + "workersCount,charterCapital\r\n");
        for (int i = 1; i <= total; i++) {
            csv.append(Organisations.code(run, i)).append(",HTX Thử nghiệm ").append(tag).append(" số ").append(i)
                    .append(",COOPERATIVE,AGRICULTURE,19,Tân Cương,2018-03-15,").append(7 + i % 50).append(',')
                    .append(10 + i % 30).append(",500000000\r\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        Response accepted = upload("dang-ky-10000.csv", file, AUTHORIZATION, officer("nguyen.van.an"));
        assertThat(accepted.status()).isEqualTo(202);
        List<Integer> progress = new ArrayList<>();
        List<long[]> timeline = new ArrayList<>();
        JsonNode report;
        long deadline = start + Duration.ofMinutes(10).toNanos();
        while (true) {
            report = http.get(accepted.header("Location")).json();
            String status = report.get("status").asString();
            if (status.equals("RUNNING")) {
                progress.add(report.get("processedRows").asInt());
                timeline.add(new long[] {(System.nanoTime() - start) / 1_000_000, report.get("processedRows").asInt()});
            }
            if (status.equals("DONE") || status.equals("FAILED") || System.nanoTime() > deadline) {
                break;
            }
            sleep(Duration.ofMillis(20));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("IMPORT-TIMING: %,d rows imported in %.1f s (%.0f rows/s); progress seen while running: %s%n",
                total, took.toMillis() / 1000.0, total * 1000.0 / took.toMillis(), progress.stream().distinct().toList());
        for (int quarter = 1; quarter <= 3; quarter++) {
            int rows = quarter * total / 4;
            timeline.stream().filter(t -> t[1] >= rows).findFirst()
                    .ifPresent(t -> System.out.printf("IMPORT-TIMING: %,d rows after %.1f s%n", rows, t[0] / 1000.0));
        }

        assertThat(report.get("status").asString()).as("report %s", report).isEqualTo("DONE");
        assertThat(counts(report)).containsExactly(total, total, total, 0, 0);
        assertThat(progress).as("progress only grows, within the file").isSorted().allMatch(n -> n >= 0 && n <= total);
        boolean partway = progress.stream().anyMatch(n -> n > 0 && n < total);
        if (took.compareTo(Duration.ofSeconds(3)) > 0) {
            assertThat(partway).as("an import of %s was polled every 20 ms: its progress must show partway", took).isTrue();
        }
        JsonNode page = http.get(accepted.header("Location") + "/rows?outcome=CREATED&page=3&size=1000").json();
        assertThat(page.get("totalItems").asLong()).isEqualTo(total);
        assertThat(page.get("totalPages").asLong()).isEqualTo(10);
        assertThat(page.get("items").get(0).get("row").asInt()).isEqualTo(3002);
        assertThat(http.get("/api/v1/organisations?q=" + tag + "&size=1").json().get("totalItems").asLong()).isEqualTo(total);
    }

    @Test
    void aFileWithoutRequiredColumnsIsRefusedAt422NamingThemAndNothingIsImported() {
        long registered = organisationsInRegister();
        byte[] file = "name,type,provinceCode,ghiChu\nHTX Chè Khe Cốc,COOPERATIVE,19,\n".getBytes(StandardCharsets.UTF_8);

        Response refused = upload("thieu-cot.csv", file, AUTHORIZATION, officer("nguyen.van.an"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused)).containsExactly("sector", "foundedOn", "membersCount", "workersCount");
        assertThat(organisationsInRegister()).isEqualTo(registered);
    }

    @Test
    void anEmptyFileOrAnUnknownFormatIs400() {
        Response empty = upload("trong.csv", new byte[0], AUTHORIZATION, officer("nguyen.van.an"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).containsExactly("file");

        Response pdf = upload("register.pdf", "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII), AUTHORIZATION, officer("nguyen.van.an"));
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.text("detail")).contains(".csv").contains(".xlsx");

        Response headerOnlyBlank = upload("blank.csv", "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), AUTHORIZATION, officer("nguyen.van.an"));
        assertThat(headerOnlyBlank.status()).isEqualTo(400);
    }

    @Test
    void anUploadWithoutARegistryOfficersTokenIsRefusedBeforeTheFileIsRead() {
        Response viewer = upload("register-sample.csv", "name\n".getBytes(StandardCharsets.UTF_8));
        assertThat(viewer.status()).isEqualTo(403);

        Response forged = upload("register-sample.csv", "name\n".getBytes(StandardCharsets.UTF_8),
                AUTHORIZATION, TestIssuer.shared().token("ke.gia.mao").provinces(PROVINCE).roles("REGISTRY_OFFICER").forged().bearer());
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUploadOverTheSizeLimitIs413() {
        // Just over the 20 MB a file may have: Tomcat reads the upload up to the limit, so the answer is not cut off
        // by a connection closed on a body it would not read.
        byte[] huge = new byte[20 * 1024 * 1024 + 64 * 1024];
        Arrays.fill(huge, (byte) 'x');

        Response tooLarge = upload("huge.csv", huge, AUTHORIZATION, officer("nguyen.van.an"));

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anImportInterruptedByARestartIsFailedSoTheSameFileCanBeUploadedAgain() {
        String interrupted = UUID.randomUUID().toString();
        String elsewhere = UUID.randomUUID().toString();
        store.insert(new ImportJob(interrupted, "dang-do.csv", ImportFormat.CSV, ImportStatus.RUNNING, "nguyen.van.an", 500, 200, 150, 40, 10, NOW, NOW,
                null, null, List.of(), "a-process-that-stopped", NOW.minus(Duration.ofMinutes(5))));
        store.insert(ImportJob.queued(elsewhere, "dang-chay.csv", ImportFormat.CSV, "tran.thi.binh", 300, List.of(),
                "another-instance-still-running", NOW));

        runner.failInterrupted();

        JsonNode failed = http.get("/api/v1/imports/" + interrupted).json();
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asString()).isEqualTo(
                "interrupted by a restart: upload the same file again — rows already imported are not created twice");
        assertThat(failed.get("processedRows").asInt()).isEqualTo(200);
        assertThat(http.get("/api/v1/imports/" + elsewhere).json().get("status").asString())
                .as("another instance's import with a fresh heartbeat").isEqualTo("QUEUED");
        store.fail(elsewhere, "test over", NOW);
    }

    @Test
    void anUnknownImportIs404AndBadPagesAre400() {
        assertThat(http.get("/api/v1/imports/no-such-import").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/imports/no-such-import/rows").status()).isEqualTo(404);
        Response accepted = upload("one.csv", ("name,type,sector,provinceCode,foundedOn,membersCount,workersCount\n"
                + "Tổ hợp tác " + run + ",COOPERATIVE_GROUP,AGRICULTURE,19,2020-01-01,5,5\n").getBytes(StandardCharsets.UTF_8),
                AUTHORIZATION, officer("nguyen.van.an"));
        String location = accepted.header("Location");
        Response badSize = http.get(location + "/rows?size=0");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(fields(badSize)).containsExactly("size");
        assertThat(http.get(location + "/rows?outcome=MAYBE").status()).isEqualTo(400);
        // Finished before the next test counts the register: an import still running would add its row there.
        assertThat(finished(location).get("created").asInt()).isEqualTo(1);
    }

    @Test
    void theImportEndpointsAreInTheOpenApiDocument() {
        Response document = http.get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("paths").propertyNames()).contains("/api/v1/imports", "/api/v1/imports/{id}",
                "/api/v1/imports/{id}/rows");
    }

    // --- helpers

    Response upload(String fileName, byte[] content, String... headers) {
        String boundary = "hoptac-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request);
    }

    JsonNode finished(String location) {
        Eventually.await("import " + location + " to finish", Duration.ofMinutes(2),
                () -> Set.of("DONE", "FAILED").contains(http.get(location).text("status")));
        return http.get(location).json();
    }

    static String path(JsonNode report) {
        return "/api/v1/imports/" + report.get("id").asString();
    }

    /** totalRows, processedRows, created, alreadyImported, rejected. */
    static List<Integer> counts(JsonNode report) {
        return List.of(report.get("totalRows").asInt(), report.get("processedRows").asInt(), report.get("created").asInt(),
                report.get("alreadyImported").asInt(), report.get("rejected").asInt());
    }

    static Map<Integer, List<String>> rejectedRows(JsonNode report) {
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        report.get("rejectedRows").forEach(row -> rows.put(row.get("row").asInt(),
                row.get("reasons").valueStream().map(JsonNode::asString).toList()));
        return rows;
    }

    Map<Integer, String> organisationIds(String location, String outcome) {
        Map<Integer, String> ids = new LinkedHashMap<>();
        http.get(location + "/rows?outcome=" + outcome + "&size=1000").json().get("items")
                .forEach(row -> ids.put(row.get("row").asInt(), row.get("organisationId").asString()));
        return ids;
    }

    long organisationsInRegister() {
        return http.get("/api/v1/organisations?size=1").json().get("totalItems").asLong();
    }

    static List<String> fields(Response problem) {
        assertThat(problem.json()).as("problem details body").isNotNull();
        assertThat(problem.json().get("errors")).as("errors in %s", problem.json()).isNotNull();
        return problem.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    /**
     * The CSV's rows as spreadsheet software writes them (fastexcel): codes and counts as numbers, dates as
     * date serials, empty cells left out; each row on the same spreadsheet row as in the CSV.
     */
    static byte[] workbookOf(byte[] csv) throws IOException {
        SpreadsheetFile file = ImportFormat.CSV.read(csv);
        List<String> header = file.rows().get(0).cells().stream().map(SpreadsheetFile.Cell::text).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "HopTac", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Danh sách HTX");
            for (SpreadsheetFile.Row row : file.rows()) {
                int r = row.number() - 1;
                for (int c = 0; c < header.size(); c++) {
                    String text = row.cell(c).text();
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (r > 0 && header.get(c).equals("foundedOn")) {
                        sheet.value(r, c, LocalDate.parse(text));
                        sheet.style(r, c).format("yyyy-mm-dd").set();
                    } else if (r > 0 && text.matches("-?[0-9]+") && !header.get(c).equals("name")) {
                        sheet.value(r, c, Long.parseLong(text));
                    } else {
                        sheet.value(r, c, text);
                    }
                }
            }
        }
        return bytes.toByteArray();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
