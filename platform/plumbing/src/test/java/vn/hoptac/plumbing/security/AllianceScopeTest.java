package vn.hoptac.plumbing.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hoptac.plumbing.alliance.AdministrativeUnits;
import vn.hoptac.plumbing.alliance.Alliance;
import vn.hoptac.plumbing.alliance.AllianceProperties;

class AllianceScopeTest {

    static final AdministrativeUnits UNITS = AdministrativeUnits.load();
    final AllianceScope thaiNguyen = new AllianceScope(new Alliance(new AllianceProperties("19", "registry", false), UNITS));
    final AllianceScope national = new AllianceScope(new Alliance(new AllianceProperties("19", "reporting", true), UNITS));

    static Actor actor(Set<String> provinces, boolean national) {
        return new Actor("a", "A", Set.of(Role.VIEWER), provinces, national);
    }

    @Test
    void aTokenActsForTheProvincesItNames() {
        assertThat(thaiNguyen.refusal(actor(Set.of("19", "68"), false), true)).isEmpty();
        assertThat(thaiNguyen.refusal(actor(Set.of("68"), false), false)).get().asString()
                .contains("provinces [68]").contains("(19)");
        assertThat(thaiNguyen.refusal(actor(Set.of(), false), false)).get().asString().contains("no province");
    }

    @Test
    void aNationalTokenReadsAProvinceButChangesNothingThere() {
        assertThat(thaiNguyen.refusal(actor(Set.of(), true), false)).isEmpty();
        assertThat(thaiNguyen.refusal(actor(Set.of(), true), true)).get().asString().contains("changes none");
    }

    @Test
    void theNationalDeploymentServesNationalTokensOnly() {
        assertThat(national.refusal(actor(Set.of(), true), true)).isEmpty();
        assertThat(national.refusal(actor(Set.of("19"), false), false)).get().asString().contains("national tokens only");
    }
}
