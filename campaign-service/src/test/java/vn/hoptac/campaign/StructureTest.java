package vn.hoptac.campaign;

import org.junit.jupiter.api.Test;
import vn.hoptac.testsupport.ServiceStructure;

/** No cycle between the service's features; no framework in a domain package. */
class StructureTest {

    @Test
    void featuresDependOneWayAndDomainsArePlainJava() {
        ServiceStructure.of("vn.hoptac.campaign").check();
    }
}
