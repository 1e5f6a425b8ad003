package vn.hoptac.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
        Path jar = ModuleJar.packageThisModule(dir.resolve("hoptac-contracts.jar"));
        ClassLoader withoutModule = ModuleJar.hiding(getClass().getClassLoader());
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
}
