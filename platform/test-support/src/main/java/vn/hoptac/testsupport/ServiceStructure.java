package vn.hoptac.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The shape every service keeps, checked on its compiled classes: its feature packages
 * ({@code vn.hoptac.loan.dossier}, {@code …fund}, …) depend on each other without a cycle, and no
 * {@code domain} package imports Spring, the Mongo driver, Kafka or Jackson. A service's test is one
 * line: {@code ServiceStructure.of("vn.hoptac.loan").check();}.
 */
public final class ServiceStructure {

    /** What a domain may not know about: the frameworks and the infrastructure around it. */
    static final String[] FRAMEWORKS = {"org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..",
            "tools.jackson..", "com.fasterxml.jackson..", "jakarta.servlet..", "jakarta.validation..", "io.micrometer..",
            "io.swagger..", "org.springdoc.."};

    private final String root;
    private final JavaClasses classes;

    private ServiceStructure(String root, JavaClasses classes) {
        this.root = root;
        this.classes = classes;
    }

    /** The production classes of the service below {@code rootPackage}. */
    public static ServiceStructure of(String rootPackage) {
        return new ServiceStructure(rootPackage, new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(rootPackage));
    }

    /** Fails when either rule is broken, naming every offending dependency of both (not only the first rule's). */
    public void check() {
        CompositeArchRule.of(rules()).check(classes);
    }

    List<ArchRule> rules() {
        return List.of(
                slices().matching(root + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles()
                        .because("features depend on each other one way; a change that links two goes by an event"),
                noClasses().that().resideInAPackage(root + "..domain..").should().dependOnClassesThat()
                        .resideInAnyPackage(FRAMEWORKS)
                        .because("the domain is plain Java: its rules are tested without a framework"));
    }
}
