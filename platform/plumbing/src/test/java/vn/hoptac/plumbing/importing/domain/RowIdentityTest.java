package vn.hoptac.plumbing.importing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowIdentityTest {

    static final List<String> COLUMNS = List.of("title", "heldOn", "attendees");

    @Test
    void theIdentityIsTheSha256OfThePresentValuesAsColumnLines() {
        // sha256("title=Tập huấn\nattendees=12\n"): stored idempotency keys depend on this exact form
        assertThat(RowIdentity.of(COLUMNS, "Tập huấn", null, 12))
                .isEqualTo("import:547262d08589266c7509ef66c0e2a89250feba78f11e4ecd7b01643ddd8c8f3d");
    }

    @Test
    void theSameValuesAreTheSameRowAndAChangedOneIsAnother() {
        String one = RowIdentity.of(COLUMNS, "Tập huấn", LocalDate.of(2026, 3, 1), 12);

        assertThat(RowIdentity.of(COLUMNS, "Tập huấn", LocalDate.of(2026, 3, 1), 12)).isEqualTo(one);
        assertThat(RowIdentity.of(COLUMNS, "Tập huấn", LocalDate.of(2026, 3, 1), 13)).isNotEqualTo(one);
        assertThat(RowIdentity.of(COLUMNS, "Tập huấn", null, 12)).as("an absent value is not an empty one").isNotEqualTo(one);
    }

    @Test
    void everyColumnHasItsValue() {
        assertThatThrownBy(() -> RowIdentity.of(COLUMNS, "Tập huấn")).isInstanceOf(IllegalArgumentException.class);
    }
}
