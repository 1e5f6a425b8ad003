package vn.hoptac.contracts.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoptac.contracts.ModuleJar;

/**
 * The catalogue loads when this module is a jar on the class path, as in a service's boot jar: the index
 * and the files are read from the jar, whatever the thread's context class loader is.
 */
class IndicatorJarTest {

    @Test
    void loadsFromAJarAndItsVectorsPass(@TempDir Path dir) throws Exception {
        Path jar = ModuleJar.packageThisModule(dir.resolve("hoptac-contracts.jar"));
        ClassLoader withoutModule = ModuleJar.hiding(getClass().getClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader jarLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, withoutModule)) {
            thread.setContextClassLoader(withoutModule);
            Class<?> catalogClass = jarLoader.loadClass(IndicatorCatalog.class.getName());
            assertThat(catalogClass.getClassLoader()).isSameAs(jarLoader);
            assertThat(jarLoader.getResource(IndicatorCatalog.RESOURCE_FOLDER + IndicatorCatalog.INDEX).getProtocol())
                    .isEqualTo("jar");
            Object catalog = catalogClass.getMethod("load").invoke(null);
            assertThat((List<?>) catalogClass.getMethod("all").invoke(catalog)).hasSize(IndicatorCatalog.load().all().size());
            Method failures = jarLoader.loadClass(GoldenVectors.class.getName()).getMethod("failures", catalogClass);
            assertThat((List<?>) failures.invoke(null, catalog)).isEmpty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
