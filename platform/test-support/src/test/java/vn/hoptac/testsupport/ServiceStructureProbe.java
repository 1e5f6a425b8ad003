package vn.hoptac.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;

/** Lets the structure tests run the rules on their fixture packages, which are test classes. */
public final class ServiceStructureProbe {

    private ServiceStructureProbe() {
    }

    public static void check(String root, JavaClasses classes) {
        ServiceStructure.of(root).rules().forEach(rule -> rule.check(classes));
    }
}
