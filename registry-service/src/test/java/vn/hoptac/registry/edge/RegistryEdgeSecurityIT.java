package vn.hoptac.registry.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import vn.hoptac.registry.RegistryApplication;
import vn.hoptac.registry.support.Officers;
import vn.hoptac.registry.support.Organisations;
import vn.hoptac.testsupport.EdgeSecurityContract;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.TestInfrastructure;

/**
 * The registry's edge under attack, every operation of its OpenAPI document: an existing organisation
 * is the target wherever a path names an id. Its own topic prefix keeps its topic apart from the other
 * tests', so "nothing published" is exact.
 */
@SpringBootTest(classes = RegistryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hoptac.topics.prefix=" + RegistryEdgeSecurityIT.PREFIX)
@RealInfrastructure
class RegistryEdgeSecurityIT extends EdgeSecurityContract {

    static final String PREFIX = "edge19.";
    static String organisation;

    @BeforeAll
    static void topics() {
        TestInfrastructure.shared().createTopics(List.of(PREFIX + "registry.events",
                PREFIX + "registry.events.registry-founder-groups.dlq"), 6);
    }

    @BeforeEach
    void anOrganisationToAttack() {
        if (organisation == null) {
            Http.Response created = service().post("/api/v1/organisations", Organisations.teaCooperative("1900000001"),
                    Officers.AUTHORIZATION, Officers.registryOfficer("nguyen.van.an", "19"));
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
            organisation = created.text("id");
        }
    }

    @Override
    protected String serviceName() {
        return "registry";
    }

    @Override
    protected String province() {
        return "19";
    }

    @Override
    protected String placeholder(String name) {
        return name.equals("id") ? organisation : super.placeholder(name);
    }

    @Override
    protected List<String> publishedTopics() {
        return List.of(PREFIX + "registry.events");
    }
}
