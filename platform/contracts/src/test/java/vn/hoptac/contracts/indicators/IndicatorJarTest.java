package vn.hoptac.contracts.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue loads when this module is a jar on the class path, as in a service's boot jar: the index
 * and the files are read from the jar, whatever the thread's context class loader is.
 */
class IndicatorJarTest {

    @Test
    void loadsFromAJarAndItsVectorsPass(@TempDir Path dir) throws Exception {
        Path jar = packageThisModule(dir.resolve("hoptac-contracts.jar"));
        ClassLoader withoutModule = new HidingClassLoader(getClass().getClassLoader());
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

    /** Writes this module's classes and resources (target/classes) into a jar. */
    private static Path packageThisModule(Path jar) throws IOException {
        Path classes;
        try {
            classes = Path.of(IndicatorCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        assertThat(classes).isDirectory();
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, jarOut);
                jarOut.closeEntry();
            }
        }
        return jar;
    }

    /** Delegates to the test class path but hides this module's classes and resources. */
    private static final class HidingClassLoader extends ClassLoader {

        HidingClassLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("vn.hoptac.contracts.")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return hidden(name) ? null : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return hidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
        }

        private static boolean hidden(String name) {
            return name.startsWith("contracts/") || name.startsWith("vn/hoptac/contracts/");
        }
    }
}
