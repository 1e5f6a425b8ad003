package vn.hoptac.registry.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.hoptac.registry.RegistryApplication;
import vn.hoptac.registry.support.Officers;
import vn.hoptac.registry.support.Organisations;
import vn.hoptac.testsupport.BadInputContract;
import vn.hoptac.testsupport.Eventually;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.TestInfrastructure;

/**
 * Malformed requests against every operation of the registry, on real Kafka and the store: each id
 * in a path names a real record, so the requests reach the rules and not just a 404.
 */
@SpringBootTest(classes = RegistryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hoptac.topics.prefix=" + RegistryBadInputIT.PREFIX)
@RealInfrastructure
class RegistryBadInputIT extends BadInputContract {

    static final String PREFIX = "fuzz19.";
    static String organisation;
    static String founderGroup;
    static String membership;

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void topics() {
        TestInfrastructure.shared().createTopics(List.of(PREFIX + "registry.events",
                PREFIX + "registry.events.registry-founder-groups.dlq"), 6);
    }

    @BeforeEach
    void recordsToAim_at() {
        if (organisation != null) {
            return;
        }
        Http http = new Http("http://127.0.0.1:" + port).as(Officers.registryOfficer("nguyen.van.an", "19"));
        Http.Response created = http.post("/api/v1/organisations", Organisations.teaCooperative("1900000555"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        organisation = created.text("id");
        Http.Response group = http.post("/api/v1/founder-groups", """
                {"name": "Nhóm sáng lập HTX chè La Bằng", "intendedSector": "AGRICULTURE", "recordedOn": "2026-01-05"}""");
        assertThat(group.status()).as(group.raw().body()).isEqualTo(201);
        founderGroup = group.text("id");
        Http.Response batch = http.post("/api/v1/membership-batches", """
                {"batch": "1/2026", "admittedOn": "2026-04-05", "organisationIds": ["%s"]}""".formatted(organisation));
        assertThat(batch.status()).as(batch.raw().body()).isEqualTo(200);
        membership = batch.json().get("results").get(0).get("membershipId").asString();
    }

    @Override
    protected String province() {
        return "19";
    }

    @Override
    protected List<String> publishedTopics() {
        return List.of(PREFIX + "registry.events");
    }

    @Override
    protected List<String> consumerGroups() {
        return List.of("registry-founder-groups");
    }

    @Override
    protected String placeholder(String name, String path) {
        if (!name.equals("id")) {
            return super.placeholder(name, path);
        }
        if (path.startsWith("/api/v1/founder-groups")) {
            return founderGroup;
        }
        if (path.startsWith("/api/v1/memberships")) {
            return membership;
        }
        return path.startsWith("/api/v1/organisations") ? organisation : super.placeholder(name, path);
    }

    /** An accepted upload runs on: wait until no import is queued or running. */
    @Override
    protected void settle() {
        Eventually.await("the imports finished", Duration.ofSeconds(60), () -> mongo.getCollection("imports")
                .countDocuments(new Document("status", new Document("$in", List.of("QUEUED", "RUNNING")))) == 0);
    }
}
