package vn.hoptac.contracts;

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
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator works when this module is a jar on the class path, as in a service's boot jar: the
 * schemas, and the {@code $ref} from an event schema to the shared profile schema, are read from the jar,
 * whatever the thread's context class loader is.
 */
class PackagedJarTest {

    private static final String REGISTERED = "vn.hoptac.registry.organisation.registered.v1";

    @Test
    void validatesFromAJar(@TempDir Path dir) throws Exception {
        Path jar = packageThisModule(dir.resolve("hoptac-contracts.jar"));
        ClassLoader withoutModule = new HidingClassLoader(getClass().getClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader jarLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, withoutModule)) {
            thread.setContextClassLoader(withoutModule);

            Class<?> validatorClass = jarLoader.loadClass(EventSchemaValidator.class.getName());
            assertThat(validatorClass.getClassLoader()).isSameAs(jarLoader);
            assertThat(jarLoader.getResource("contracts/schemas/registry/organisation-profile.v1.json").getProtocol())
                    .isEqualTo("jar");
            Object validator = validatorClass.getConstructor().newInstance();
            Method validate = validatorClass.getMethod("validate", String.class, byte[].class);

            Map<String, Object> payload = Documents.examplePayload(REGISTERED);
            assertThat((List<?>) validate.invoke(validator, REGISTERED, Documents.json(payload))).isEmpty();

            // an error inside the referenced profile schema proves the $ref was resolved from the jar
            Documents.map(payload.get("profile")).put("membersCount", -1);
            assertThat((List<?>) validate.invoke(validator, REGISTERED, Documents.json(payload)))
                    .singleElement().asString().startsWith("$.profile.membersCount:");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Writes this module's classes and resources (target/classes) into a jar. */
    private static Path packageThisModule(Path jar) throws IOException {
        Path classes;
        try {
            classes = Path.of(EventCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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
