package vn.hoptac.plumbing.importing;

import org.junit.jupiter.api.Test;
import vn.hoptac.testsupport.ServiceStructure;

/** The import mechanism keeps a service's shape: its layers depend one way, its domain is plain Java. */
class ImportingStructureTest {

    @Test
    void layersDependOneWayAndTheDomainIsPlainJava() {
        ServiceStructure.of("vn.hoptac.plumbing.importing").check();
    }
}
