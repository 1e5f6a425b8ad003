package vn.hoptac.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hoptac.contracts.EventSchemaValidator;
import vn.hoptac.contracts.EventTypes;
import vn.hoptac.registry.RegistryApplication;
import vn.hoptac.registry.support.Officers;
import vn.hoptac.testsupport.FixedVietnamClock;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.Http.Response;
import vn.hoptac.testsupport.KafkaTestConsumer;
import vn.hoptac.testsupport.RealInfrastructure;

/**
 * The register over time, for the alliance of Tuyên Quang (08), which Hà Giang (02) is part of now:
 * cooperatives of the 2003 law that converted or dissolved by 31 Dec 2016, answered as of any date;
 * records kept under their former province; model cooperatives and value chains.
 */
@SpringBootTest(classes = {RegistryApplication.class, FixedVietnamClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoptac.alliance.province-code=08")
@RealInfrastructure
class HaGiangHistoryIT {

    static final String PROVINCE = "08";
    static final String AUTHORIZATION = Officers.AUTHORIZATION;

    /** A registry officer's token; the subject becomes the actor in events. */
    static String officer(String subject) {
        return Officers.registryOfficer(subject, PROVINCE);
    }


    @LocalServerPort
    int port;
    Http http;
    final long run = System.nanoTime();
    int codes;

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port).as(Officers.viewer(PROVINCE));
    }

    Response register(String name, String foundedOn, String extra) {
        String code = String.format("%010d", Math.floorMod(run + ++codes, 10_000_000_000L));
        Response created = http.post("/api/v1/organisations", """
                {"registrationCode": "%s", "name": "%s", "type": "COOPERATIVE", "sector": "AGRICULTURE",
                 "provinceCode": "08", "formerProvinceCode": "02", "commune": "Việt Lâm", "foundedOn": "%s",
                 "membersCount": 15, "workersCount": 15%s}""".formatted(code, name, foundedOn, extra), AUTHORIZATION, officer("lien.minh.ha.giang"));
        assertThat(created.status()).as("%s", created.raw().body()).isEqualTo(201);
        return created;
    }

    Response change(String path, String body, long version) {
        Response response = http.post(path, body, AUTHORIZATION, officer("lien.minh.ha.giang"), "If-Match", "\"" + version + "\"");
        assertThat(response.status()).as("%s: %s", path, response.raw().body()).isEqualTo(200);
        return response;
    }

    @Test
    void aConvertedAndADissolvedCooperativeAreAnsweredAsTheyStoodAtTheEndOf2015And2016() {
        String tag = "hg" + run;
        String converted = register("HTX Chè Shan tuyết " + tag, "2005-03-01", "").header("Location");
        String dissolved = register("HTX Dịch vụ nông nghiệp " + tag, "2006-08-15", "").header("Location");
        change(converted + "/conversion", "{\"toLegalBasis\": \"LAW_2012\", \"effectiveOn\": \"2016-06-30\"}", 1);
        change(dissolved + "/dissolution", "{\"kind\": \"VOLUNTARY\", \"reason\": \"Không chuyển đổi theo Luật 2012\","
                + " \"effectiveOn\": \"2016-05-15\"}", 1);

        Response convertedIn2015 = http.get(converted + "?asOf=2015-12-31");
        assertThat(convertedIn2015.text("legalBasis")).isEqualTo("LAW_2003");
        assertThat(convertedIn2015.text("status")).isEqualTo("OPERATING");
        assertThat(convertedIn2015.text("asOf")).isEqualTo("2015-12-31");
        assertThat(http.get(dissolved + "?asOf=2015-12-31").text("status")).isEqualTo("OPERATING");

        Response convertedIn2016 = http.get(converted + "?asOf=2016-12-31");
        assertThat(convertedIn2016.text("legalBasis")).isEqualTo("LAW_2012");
        assertThat(convertedIn2016.text("status")).isEqualTo("OPERATING");
        Response dissolvedIn2016 = http.get(dissolved + "?asOf=2016-12-31");
        assertThat(dissolvedIn2016.text("status")).isEqualTo("DISSOLVED");
        assertThat(dissolvedIn2016.text("dissolution")).isEqualTo("VOLUNTARY");

        assertThat(http.get(converted + "?asOf=2004-12-31").status()).as("before it was founded").isEqualTo(404);
        assertThat(names("q=" + tag + "&status=DISSOLVED&asOf=2016-12-31")).containsExactly("HTX Dịch vụ nông nghiệp " + tag);
        assertThat(names("q=" + tag + "&status=DISSOLVED&asOf=2015-12-31")).isEmpty();
        assertThat(names("q=" + tag + "&status=OPERATING&asOf=2015-12-31")).hasSize(2);
    }

    @Test
    void membersReportedOverTimeAreAnsweredAsOfEachDate() {
        Response created = register("HTX Lê Thôn " + run, "2008-01-10", "");
        String location = created.header("Location");
        String body = """
                {"registrationCode": "%s", "name": "HTX Lê Thôn %d", "type": "COOPERATIVE", "sector": "AGRICULTURE",
                 "provinceCode": "08", "formerProvinceCode": "02", "commune": "Việt Lâm", "foundedOn": "2008-01-10",
                 "membersCount": 40, "workersCount": 52, "effectiveOn": "2012-01-01"}"""
                .formatted(created.text("registrationCode"), run);
        assertThat(http.put(location + "/profile", body, AUTHORIZATION, officer("o"), "If-Match", "\"1\"").status()).isEqualTo(200);

        assertThat(http.get(location + "?asOf=2011-12-31").json().get("membersCount").asInt()).isEqualTo(15);
        assertThat(http.get(location + "?asOf=2012-01-01").json().get("membersCount").asInt()).isEqualTo(40);
        assertThat(http.get(location + "/history").json().get("profile")).hasSize(2);
    }

    @Test
    void recordsKeepTheFormerProvinceAndAreFoundUnderTheCurrentOne() {
        String tag = "fp" + run;
        Response created = register("HTX Thôn Chang " + tag, "2009-04-01", "");
        assertThat(created.text("provinceName")).isEqualTo("Tuyên Quang");
        assertThat(created.text("formerProvinceCode")).isEqualTo("02");
        assertThat(created.text("formerProvinceName")).isEqualTo("Hà Giang");

        assertThat(names("q=" + tag + "&provinceCode=08")).hasSize(1);
        assertThat(names("q=" + tag + "&formerProvinceCode=02")).hasSize(1);
        assertThat(names("q=" + tag + "&formerProvinceCode=19")).isEmpty();
    }

    @Test
    void cooperativesFoundedOnTheThonChangModelAreCountedAndValueChainsHaveDates() {
        String tag = "tc" + run;
        Response thonChang = register("HTX Thôn Chang " + tag, "2010-02-01", "");
        String model = thonChang.header("Location");
        Response flagged = http.put(model + "/model-status", "{\"newType\": true, \"model\": true}",
                AUTHORIZATION, officer("o"), "If-Match", "\"1\"");
        assertThat(flagged.status()).isEqualTo(200);
        for (int i = 1; i <= 3; i++) {
            String follower = register("HTX theo mô hình Thôn Chang " + i + " " + tag, "2015-0" + i + "-01", "").header("Location");
            assertThat(http.put(follower + "/model-status", """
                    {"newType": true, "model": false, "foundedOnModelOf": "%s"}""".formatted(thonChang.text("id")),
                    AUTHORIZATION, officer("o"), "If-Match", "\"1\"").status()).isEqualTo(200);
        }
        assertThat(names("foundedOnModelOf=" + thonChang.text("id"))).hasSize(3);
        assertThat(names("q=" + tag + "&model=true")).containsExactly("HTX Thôn Chang " + tag);
        assertThat(http.put(model + "/model-status", "{\"newType\": true, \"model\": true, \"foundedOnModelOf\": \""
                + thonChang.text("id") + "\"}", AUTHORIZATION, officer("o"), "If-Match", "\"2\"").status())
                .as("not on its own model").isEqualTo(422);

        change(model + "/value-chains", "{\"chain\": \"tea\", \"joinedOn\": \"2018-03-01\"}", 2);
        change(model + "/value-chains/tea/leave", "{\"leftOn\": \"2020-06-30\", \"reason\": \"Chuyển sang dược liệu\"}", 3);
        assertThat(http.post(model + "/value-chains", "{\"chain\": \"durian\"}", AUTHORIZATION, officer("o"), "If-Match", "\"4\"").status())
                .as("a chain not in the catalogue").isEqualTo(422);
        assertThat(http.post("/api/v1/value-chains", "{\"code\": \"shan-tea-" + (run % 1000) + "\", \"name\": \"Chè Shan tuyết\"}",
                AUTHORIZATION, officer("o")).status()).isEqualTo(201);
        change(model + "/value-chains", "{\"chain\": \"shan-tea-" + (run % 1000) + "\", \"joinedOn\": \"2020-07-01\"}", 4);

        assertThat(http.get(model + "?asOf=2019-01-01").json().get("valueChains").valueStream().map(c -> c.asString()))
                .containsExactly("tea");
        assertThat(http.get(model).json().get("valueChains").valueStream().map(c -> c.asString()))
                .containsExactly("shan-tea-" + (run % 1000));
        assertThat(names("q=" + tag + "&valueChain=tea")).isEmpty();
        assertThat(names("q=" + tag + "&valueChain=tea&asOf=2019-01-01")).hasSize(1);

        String id = thonChang.text("id");
        var records = new KafkaTestConsumer().readUntil("registry.events", all -> all.stream()
                .filter(r -> id.equals(r.key())).count() >= 5, Duration.ofSeconds(60)).stream()
                .filter(r -> id.equals(r.key())).toList();
        EventSchemaValidator validator = new EventSchemaValidator();
        for (var record : records) {
            String type = KafkaTestConsumer.header(record, "ce_type");
            assertThat(validator.validate(type, record.value())).as("schema errors of %s", type).isEmpty();
        }
        assertThat(records).hasSize(5); // registered, model status, tea joined and left, shan tea joined
        assertThat(records.stream().map(r -> KafkaTestConsumer.header(r, "ce_type")).toList()).containsAll(Set.of(
                EventTypes.Registry.ORGANISATION_MODEL_STATUS_CHANGED,
                EventTypes.Registry.ORGANISATION_VALUE_CHAIN_JOINED,
                EventTypes.Registry.ORGANISATION_VALUE_CHAIN_LEFT));
    }

    List<String> names(String query) {
        Response page = http.get("/api/v1/organisations?" + query);
        assertThat(page.status()).as("%s", page.raw().body()).isEqualTo(200);
        return page.json().get("items").valueStream().map(e -> e.get("name").asString()).toList();
    }
}
