package vn.hoptac.testsupport.structure;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import vn.hoptac.testsupport.ServiceStructureProbe;

/** The structure rules fail on what they forbid, and pass on what they allow. */
class ServiceStructureTest {

    static final String HERE = "vn.hoptac.testsupport.structure";

    @Test
    void aCycleBetweenFeaturesFails() {
        assertThatThrownBy(() -> ServiceStructureProbe.check(HERE + ".cyclic", new ClassFileImporter().importPackages(HERE + ".cyclic")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected").hasMessageContaining("feature a");
    }

    @Test
    void aDomainThatImportsAFrameworkFails() {
        assertThatThrownBy(() -> ServiceStructureProbe.check(HERE + ".framework",
                new ClassFileImporter().importPackages(HERE + ".framework")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("org.springframework.stereotype.Component");
    }

    @Test
    void featuresThatDependOneWayOnAPlainDomainPass() {
        assertThatCode(() -> ServiceStructureProbe.check(HERE + ".clean", new ClassFileImporter().importPackages(HERE + ".clean")))
                .doesNotThrowAnyException();
    }
}
