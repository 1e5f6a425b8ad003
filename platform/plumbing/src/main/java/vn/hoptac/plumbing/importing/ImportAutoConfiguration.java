package vn.hoptac.plumbing.importing;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.hoptac.plumbing.importing.application.ImportProperties;
import vn.hoptac.plumbing.importing.application.ImportRunner;
import vn.hoptac.plumbing.importing.application.RowImporter;
import vn.hoptac.plumbing.importing.persistence.ImportStore;

/**
 * The import beans for a service's one {@link RowImporter}: its store, its runner and the {@link Imports}
 * its controller answers with. A service without an importer gets none of them. A service with several
 * importers declares these three per importer itself, each in its importer's own collections and
 * qualified by its name:
 *
 * <pre>{@code
 * @Bean ImportStore classImportStore(ClassImporter importer, MongoTemplate mongo) {
 *     return new ImportStore(mongo, importer.spec().collections());
 * }
 * @Bean ImportRunner classImportRunner(ImportStore classImportStore, ClassImporter importer, Clock clock, ImportProperties properties) {
 *     return new ImportRunner(classImportStore, importer, clock, properties);
 * }
 * @Bean Imports classImports(ClassImporter importer, ImportStore classImportStore, ImportRunner classImportRunner) {
 *     return new Imports(importer, classImportStore, classImportRunner);
 * }
 * }</pre>
 */
@AutoConfiguration
@ConditionalOnBean(RowImporter.class)
@EnableConfigurationProperties(ImportProperties.class)
public class ImportAutoConfiguration {

    @Bean
    @ConditionalOnSingleCandidate(RowImporter.class)
    @ConditionalOnMissingBean
    ImportStore importStore(RowImporter importer, MongoTemplate mongo) {
        return new ImportStore(mongo, importer.spec().collections());
    }

    @Bean
    @ConditionalOnSingleCandidate(RowImporter.class)
    @ConditionalOnMissingBean
    ImportRunner importRunner(ImportStore store, RowImporter importer, Clock clock, ImportProperties properties) {
        return new ImportRunner(store, importer, clock, properties);
    }

    @Bean
    @ConditionalOnSingleCandidate(RowImporter.class)
    @ConditionalOnMissingBean
    Imports imports(RowImporter importer, ImportStore store, ImportRunner runner) {
        return new Imports(importer, store, runner);
    }
}
