package vn.hoptac.plumbing.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdministrativeUnitsTest {

    private final AdministrativeUnits units = AdministrativeUnits.load();

    @Test
    void shipsThe63FormerAnd34CurrentProvinces() {
        assertThat(units.formerProvinces()).hasSize(63);
        assertThat(units.currentProvinces()).hasSize(34);
    }

    @Test
    void theSeedsProvincesSucceedAsDecidedIn2025() {
        assertThat(units.successorOf("67").map(Province::name)).contains("Lâm Đồng");
        assertThat(units.successorOf("02").map(Province::name)).contains("Tuyên Quang");
        assertThat(units.successorOf("24").map(Province::name)).contains("Bắc Ninh");
        assertThat(units.successorOf("06").map(Province::name)).contains("Thái Nguyên");
    }

    @Test
    void aCodeReusedByAnotherUnitIsNotTheSameProvince() {
        // 02 was Hà Giang and is no current province; 67 (Đắk Nông) is gone too.
        assertThat(units.currentProvince("02")).isEmpty();
        assertThat(units.currentProvince("67")).isEmpty();
        assertThat(units.formerProvince("67").map(Province::name)).contains("Đắk Nông");
    }

    @Test
    void anAllianceMustBeACurrentProvince() {
        assertThat(new Alliance(new AllianceProperties("68", "loans", false), units).eventSource()).isEqualTo("/provinces/68/loans");
        assertThatThrownBy(() -> new Alliance(new AllianceProperties("67", "loans", false), units))
                .hasMessageContaining("not a current (2025) province code");
    }
}
