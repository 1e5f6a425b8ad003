package vn.hoptac.registry.organisation;

import vn.hoptac.registry.support.Officers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hoptac.registry.RegistryApplication;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.Http.Response;
import vn.hoptac.testsupport.RealInfrastructure;

/**
 * The 2025 merger for the alliance of Lâm Đồng (68): a Đắk Nông (67) organisation keeps the unit it
 * was registered under and is found under Lâm Đồng today. Former and current units are matched by
 * the published succession, never by code: 68 is both the old and the new Lâm Đồng.
 */
@SpringBootTest(classes = RegistryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hoptac.alliance.province-code=68")
@RealInfrastructure
class FormerProvinceIT {

    static final String PROVINCE = "68";
    static final String AUTHORIZATION = Officers.AUTHORIZATION;

    /** A registry officer's token; the subject becomes the actor in events. */
    static String officer(String subject) {
        return Officers.registryOfficer(subject, PROVINCE);
    }

    @LocalServerPort
    int port;
    Http http;
    final long run = System.nanoTime();

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port).as(Officers.viewer(PROVINCE));
    }

    Response register(String code, String name, String former, String foundedOn) {
        return http.post("/api/v1/organisations", """
                {"registrationCode": "%s", "name": "%s", "type": "COOPERATIVE", "sector": "ENVIRONMENT",
                 "provinceCode": "68", "formerProvinceCode": %s, "foundedOn": "%s", "membersCount": 12, "workersCount": 20}"""
                .formatted(code, name, former == null ? "null" : "\"" + former + "\"", foundedOn), AUTHORIZATION, officer("lien.minh"));
    }

    @Test
    void aDakNongOrganisationIsFoundUnderLamDongToday() {
        String tag = "dn" + run;
        Response dakNong = register(String.format("%010d", run % 10_000_000_000L), "HTX Môi trường Gia Nghĩa " + tag, "67",
                "2019-04-01");
        assertThat(dakNong.status()).as("%s", dakNong.raw().body()).isEqualTo(201);
        assertThat(dakNong.text("provinceName")).isEqualTo("Lâm Đồng");
        assertThat(dakNong.text("formerProvinceName")).isEqualTo("Đắk Nông");

        Response found = http.get("/api/v1/organisations?provinceCode=68&q=" + tag);
        assertThat(found.json().get("items").valueStream().map(i -> i.get("id").asString())).containsExactly(dakNong.text("id"));
        assertThat(http.get("/api/v1/organisations?formerProvinceCode=67&q=" + tag).json().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void aFormerProvinceMustHaveBecomePartOfTheAlliancesAndPrecedeTheMerger() {
        Response haGiang = register(String.format("%010d", (run + 1) % 10_000_000_000L), "HTX Hà Giang", "02", "2019-04-01");
        assertThat(haGiang.status()).isEqualTo(422);
        assertThat(haGiang.text("detail")).contains("became part of province 08");

        Response afterMerger = register(String.format("%010d", (run + 2) % 10_000_000_000L), "HTX Mới", "67", "2025-08-01");
        assertThat(afterMerger.status()).isEqualTo(422);
        assertThat(afterMerger.json().get("errors").get(0).get("field").asString()).isEqualTo("formerProvinceCode");

        Response unknown = register(String.format("%010d", (run + 3) % 10_000_000_000L), "HTX Không rõ", "99", "2019-04-01");
        assertThat(unknown.status()).isEqualTo(422);
    }
}
