package vn.hoptac.contracts.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The package's public API is plain Java: no Jackson (or any other library) type appears in it. */
class PublicApiTest {

    private static final List<Class<?>> PUBLIC = List.of(IndicatorCatalog.class, Indicator.class, Indicator.Figure.class,
            Indicator.Kind.class, Indicator.Aggregation.class, Contribution.class, Contribution.Mode.class,
            GoldenVectors.class);

    @Test
    void onlyJavaAndThePackagesOwnTypesArePublic() {
        List<String> signatures = new ArrayList<>();
        for (Class<?> type : PUBLIC) {
            assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isTrue();
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    signatures.add(method.toGenericString());
                }
            }
            for (Executable constructor : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(constructor.getModifiers())) {
                    signatures.add(constructor.toGenericString());
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers())) {
                    signatures.add(field.toGenericString());
                }
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    signatures.add(component.getGenericType().getTypeName());
                }
            }
        }
        assertThat(signatures).isNotEmpty().allSatisfy(signature -> assertThat(signature)
                .doesNotContain("com.fasterxml").doesNotContain("com.networknt").doesNotContain("org.yaml")
                .doesNotContain("org.springframework"));
    }

    @Test
    void theOtherClassesOfThePackageAreNotPublic() {
        assertThat(Modifier.isPublic(IndicatorFiles.class.getModifiers())).isFalse();
        for (Class<?> nested : Indicator.class.getDeclaredClasses()) {
            if (!PUBLIC.contains(nested)) {
                assertThat(Modifier.isPublic(nested.getModifiers())).as(nested.getName()).isFalse();
            }
        }
    }
}
