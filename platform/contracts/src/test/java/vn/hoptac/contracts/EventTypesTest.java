package vn.hoptac.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    static List<String> constants(Class<?> holder) throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    @Test
    void theConstantsAreExactlyTheTypesTheAsyncApiDocumentDescribes() throws IllegalAccessException {
        List<String> constants = new ArrayList<>(constants(EventTypes.Registry.class));
        constants.addAll(constants(EventTypes.Loans.class));
        constants.addAll(constants(EventTypes.Campaigns.class));
        List<String> described = EventCatalog.load().all().stream().map(EventType::type).toList();

        assertThat(constants).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(described);
        assertThat(constants(EventTypes.Registry.class)).allMatch(type -> type.startsWith("vn.hoptac.registry."));
        assertThat(constants(EventTypes.Loans.class)).allMatch(type -> type.startsWith("vn.hoptac.loans."));
        assertThat(constants(EventTypes.Campaigns.class)).hasSize(19)
                .allMatch(type -> type.startsWith("vn.hoptac.campaigns."));
    }
}
