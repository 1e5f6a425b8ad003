package vn.hoptac.loan.edge;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import vn.hoptac.loan.LoanApplication;
import vn.hoptac.testsupport.EdgeSecurityContract;
import vn.hoptac.testsupport.RealInfrastructure;
import vn.hoptac.testsupport.TestInfrastructure;

/** The loan service's edge under attack, every operation of its OpenAPI document, for Lâm Đồng (68). */
@SpringBootTest(classes = LoanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hoptac.alliance.province-code=68", "hoptac.topics.prefix=" + LoanEdgeSecurityIT.PREFIX})
@RealInfrastructure
class LoanEdgeSecurityIT extends EdgeSecurityContract {

    static final String PREFIX = "edge68.";

    @BeforeAll
    static void topics() {
        TestInfrastructure.shared().createTopics(List.of(PREFIX + "registry.events", PREFIX + "loans.events",
                PREFIX + "registry.events.loan-service.dlq", PREFIX + "loans.events.loan-service-funds.dlq"), 6);
    }

    @Override
    protected String serviceName() {
        return "loans";
    }

    @Override
    protected String province() {
        return "68";
    }

    @Override
    protected List<String> publishedTopics() {
        return List.of(PREFIX + "loans.events");
    }
}
