import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the seeds' Đắk Nông 2024 Action Month plan (Kế hoạch số 123/KH-LMHTX of 27 February 2024,
 * implementing 70/KH-BTVLMHTXVN) into a running campaign service through its public API, as the
 * local issuer's demo officer of Lâm Đồng (68), which Đắk Nông (67) is part of since 2025.
 *
 * <p>Run with the JDK alone, the platform started for Lâm Đồng:
 * {@code HOPTAC_ALLIANCE_PROVINCE_CODE=68 deploy/run-local.sh}, then
 * {@code java deploy/samples/LoadDakNong2024.java [campaigns-url] [issuer-url]}
 * (defaults http://127.0.0.1:8083 and http://127.0.0.1:9000). Running it again changes nothing.
 *
 * <p>The plan, its ten activities, their categories and windows and the newsletter issues are the
 * seed's. Which activities are done, the one cancelled and the one left open are illustrative progress,
 * as the seed reports none: the member admission due before 10 April is left open, and the overdue check
 * for 11 April 2024 marks it.
 */
public class LoadDakNong2024 {

    static final String PLACE = "\"provinceCode\": \"68\", \"formerProvinceCode\": \"67\", \"responsibleUnit\": \"Phòng Kế hoạch và Hỗ trợ\"";
    static final String[][] ACTIVITIES = {
        {"1", "PRESS_AND_MEDIA_PROPAGANDA", "Tuyên truyền trên Báo, Đài, Website Liên minh HTX tỉnh và tại Lễ phát động", "2024-01-01", "2024-12-31"},
        {"2", "DIRECT_PROPAGANDA_CONFERENCE", "Hội nghị tuyên truyền trực tiếp về Luật HTX năm 2023 tại các xã, huyện, thành phố", "2024-03-01", "2024-05-31"},
        {"3", "NEWSLETTER_ISSUE", "Xây dựng và phát hành Bản tin Kinh tế hợp tác số 44 và số 45", "2024-03-01", "2024-09-30"},
        {"4", "SEMINAR", "Tọa đàm kỷ niệm Ngày Hợp tác xã Việt Nam (11/4) và phát động Tháng hành động vì HTX năm 2024", "2024-03-29", "2024-04-11"},
        {"5", "SUPPORT_AND_DISBURSEMENT", "Hướng dẫn thủ tục và giải ngân hỗ trợ cho các THT, HTX", "2024-01-01", "2024-12-31"},
        {"6", "ADMISSION_OF_MEMBERS", "Ra mắt Trang Website Chợ Nông sản HTX tỉnh và kết nạp thành viên đợt 1/2024", "2024-01-01", "2024-04-10"},
        {"7", "DIALOGUE_CONFERENCE", "Hội nghị đối thoại giữa lãnh đạo tỉnh, sở, ngành với đại diện các THT, HTX", "2024-03-29", "2024-12-31"},
        {"8", "ATTENDING_NATIONAL_EVENTS", "Tham dự các sự kiện do Liên minh HTX Việt Nam tổ chức theo Kế hoạch số 70/KH-BTVLMHTXVN", "2024-03-29", "2024-04-29"},
        {"9", "FUND_REORGANISATION", "Tham mưu sắp xếp lại Quỹ hỗ trợ phát triển HTX tỉnh theo Nghị định số 45/2021/NĐ-CP", "2024-01-01", "2024-12-31"},
        {"10", "NATIONAL_TARGET_PROGRAMME", "Triển khai các Chương trình mục tiêu quốc gia xây dựng nông thôn mới do UBND tỉnh giao vốn", "2024-01-01", "2024-12-31"},
    };

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String campaigns;
    static String officer;
    static String version;

    public static void main(String[] args) throws Exception {
        campaigns = (args.length > 0 ? args[0] : "http://127.0.0.1:8083") + "/api/v1";
        String issuer = args.length > 1 ? args[1] : "http://127.0.0.1:9000";
        officer = token(issuer, "campaign-officer-68");
        String operator = token(issuer, "operator-68");

        HttpResponse<String> drafted = send("POST", "/plans", """
                {"kind": "ACTION_MONTH", "title": "Tổ chức Tháng hành động vì Hợp tác xã năm 2024",
                 "theme": "Vì sự phát triển bền vững của Hợp tác xã", "periodFrom": "2024-01-01", "periodTo": "2024-12-31",
                 "peakFrom": "2024-03-29", "peakTo": "2024-04-29", "implementsPlanNumber": "70/KH-BTVLMHTXVN",
                 "on": "2024-02-27"}""", officer, "Idempotency-Key", "dak-nong-2024-action-month-plan");
        String plan = "/plans/" + field(drafted.body(), "id");
        if (drafted.headers().firstValue("Idempotency-Replayed").orElse("false").equals("true")) {
            System.out.println("Already loaded: " + campaigns + plan);
            return;
        }
        version = drafted.headers().firstValue("ETag").orElseThrow();
        change(plan + "/issue", "{\"number\": \"123/KH-LMHTX\", \"issuedOn\": \"2024-02-27\"}");
        for (String[] a : ACTIVITIES) {
            change(plan + "/activities", """
                    {"number": %s, "category": "%s", "title": "%s", "windowFrom": "%s", "windowTo": "%s", %s,
                     "on": "2024-02-27"}""".formatted(a[0], a[1], a[2], a[3], a[4], PLACE));
        }
        String planId = plan.substring("/plans/".length());
        publication(planId, 44, "Bản tin Kinh tế hợp tác số 44: Ngày Hợp tác xã Việt Nam (11/4)", "2024-03-01", "2024-04-10");
        publication(planId, 45, "Bản tin Kinh tế hợp tác số 45", "2024-07-01", "2024-09-30");
        send("POST", "/gatherings", """
                {"planId": "%s", "activityNumber": 4, "kind": "SEMINAR",
                 "title": "Tọa đàm kỷ niệm Ngày Hợp tác xã Việt Nam và phát động Tháng hành động vì HTX năm 2024",
                 "heldOn": "2024-04-10", "commune": "Gia Nghĩa", "provinceCode": "68", "formerProvinceCode": "67",
                 "audiences": ["OFFICIALS", "COOPERATIVE_MEMBERS", "DIRECTORS"], "attendance": 80}""".formatted(planId),
                officer, "Idempotency-Key", "dak-nong-2024-seminar-cooperative-day");

        step(plan, 4, "start", "{\"on\": \"2024-03-29\"}");
        step(plan, 4, "completion", "{\"result\": \"Đã tổ chức Tọa đàm kỷ niệm Ngày HTX Việt Nam (11/4)\", \"on\": \"2024-04-10\"}");
        step(plan, 3, "start", "{\"on\": \"2024-03-01\"}");
        step(plan, 3, "completion", "{\"result\": \"Phát hành Bản tin số 44 và số 45\", \"on\": \"2024-09-30\"}");
        step(plan, 5, "start", "{\"on\": \"2024-03-01\"}");
        step(plan, 5, "completion", "{\"result\": \"Giải ngân hỗ trợ 01 hợp tác xã, 195 triệu đồng\", \"on\": \"2024-04-30\"}");
        step(plan, 7, "cancellation", "{\"reason\": \"Lồng ghép vào Hội nghị đối thoại của UBND tỉnh\", \"on\": \"2024-06-15\"}");
        step(plan, 6, "start", "{\"on\": \"2024-03-01\"}");

        HttpResponse<String> run = send("POST", "/overdue-runs", "{\"businessDate\": \"2024-04-11\"}", operator);
        System.out.println("Loaded plan 123/KH-LMHTX: " + campaigns + plan + " (overdue check for 2024-04-11: "
                + run.body() + ")");
    }

    static void publication(String planId, int number, String title, String from, String to) throws Exception {
        HttpResponse<String> recorded = send("POST", "/publications", """
                {"planId": "%s", "activityNumber": 3, "kind": "NEWSLETTER_ISSUE", "title": "%s", "issueNumber": %d,
                 "preparedFrom": "%s", "preparedTo": "%s"}""".formatted(planId, title, number, from, to), officer,
                "Idempotency-Key", "dak-nong-2024-newsletter-" + number);
        String id = field(recorded.body(), "id");
        send("POST", "/publications/" + id + "/release", "{\"publishedOn\": \"" + to + "\"}", officer, "If-Match",
                recorded.headers().firstValue("ETag").orElseThrow());
    }

    static void step(String plan, int activity, String action, String body) throws Exception {
        change(plan + "/activities/" + activity + "/" + action, body);
    }

    /** A change of the plan, naming the version the last answer gave. */
    static void change(String path, String body) throws Exception {
        HttpResponse<String> answer = send("POST", path, body, officer, "If-Match", version);
        version = answer.headers().firstValue("ETag").orElseThrow();
    }

    static HttpResponse<String> send(String method, String path, String body, String token, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(campaigns + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }

    static String token(String issuer, String user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the issuer at " + issuer + " refused a token to " + user + ": " + answer.body()
                    + " (start the platform with HOPTAC_ALLIANCE_PROVINCE_CODE=68)");
        }
        return field(answer.body(), "access_token");
    }

    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return value.group(1);
    }
}
