package vn.hoptac.plumbing.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.hoptac.plumbing.importing.application.ImportProperties;
import vn.hoptac.plumbing.importing.application.ImportRunner;
import vn.hoptac.plumbing.importing.application.ImportSpec;
import vn.hoptac.plumbing.importing.application.RowImporter;
import vn.hoptac.plumbing.importing.domain.ImportColumns;
import vn.hoptac.plumbing.importing.domain.RowCells;
import vn.hoptac.plumbing.importing.domain.RowResult;
import vn.hoptac.plumbing.importing.file.SpreadsheetFile;
import vn.hoptac.plumbing.importing.persistence.ImportStore;

class ImportAutoConfigurationTest {

    static RowImporter importer(String name) {
        ImportSpec spec = ImportSpec.of(name, "the " + name, ImportColumns.of(List.of("title"), List.of("title")), "recordId");
        return new RowImporter() {
            @Override
            public ImportSpec spec() {
                return spec;
            }

            @Override
            public RowResult importRow(SpreadsheetFile.Row row, RowCells cells, String actor) {
                return RowResult.created(row.number(), "x");
            }
        };
    }

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ImportAutoConfiguration.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(MongoTemplate.class, () -> mock(MongoTemplate.class, RETURNS_DEEP_STUBS));

    @Test
    void aServiceWithoutAnImporterGetsNoImportBeansAndNeedsNoStore() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ImportAutoConfiguration.class)).run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started).doesNotHaveBean(Imports.class).doesNotHaveBean(ImportStore.class)
                    .doesNotHaveBean(ImportRunner.class).doesNotHaveBean(ImportProperties.class);
        });
    }

    @Test
    void aServiceWithOneImporterGetsItsStoreRunnerAndImports() {
        context.withBean(RowImporter.class, () -> importer("register"))
                .withPropertyValues("hoptac.imports.interrupted-after=2m").run(started -> {
                    assertThat(started).hasNotFailed();
                    assertThat(started).hasSingleBean(Imports.class).hasSingleBean(ImportStore.class).hasSingleBean(ImportRunner.class);
                    assertThat(started.getBean(Imports.class).name()).isEqualTo("register");
                    assertThat(started.getBean(ImportStore.class).collections().jobs()).isEqualTo("imports");
                    assertThat(started.getBean(ImportProperties.class).interruptedAfter()).hasMinutes(2);
                    assertThat(started.getBean(ImportRunner.class).isRunning()).as("its timers started").isTrue();
                });
    }

    @Test
    void aServiceWithTwoImportersWiresThemItselfAndStillStarts() {
        context.withBean("classes", RowImporter.class, () -> importer("classes"))
                .withBean("attendance", RowImporter.class, () -> importer("attendance")).run(started -> {
                    assertThat(started).hasNotFailed();
                    assertThat(started).doesNotHaveBean(Imports.class);
                    assertThat(started).hasSingleBean(ImportProperties.class);
                });
    }
}
