package vn.hoptac.campaign.edge;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import vn.hoptac.campaign.CampaignApplication;
import vn.hoptac.testsupport.EdgeSecurityContract;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.TestInfrastructure;

/** The campaign service's edge under attack, every operation of its OpenAPI document, for Lâm Đồng (68). */
@SpringBootTest(classes = CampaignApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hoptac.alliance.province-code=68", "hoptac.topics.prefix=" + CampaignEdgeSecurityIT.PREFIX})
@RealInfrastructure
class CampaignEdgeSecurityIT extends EdgeSecurityContract {

    static final String PREFIX = "edge68.";

    @BeforeAll
    static void topics() {
        TestInfrastructure.shared().createTopics(List.of(PREFIX + "campaigns.events"), 6);
    }

    @Override
    protected String serviceName() {
        return "campaigns";
    }

    @Override
    protected String province() {
        return "68";
    }

    @Override
    protected List<String> publishedTopics() {
        return List.of(PREFIX + "campaigns.events");
    }
}
