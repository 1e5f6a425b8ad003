package vn.hoptac.registry.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalBasisTest {

    @Test
    void theLawInForceFollowsTheEffectiveDates() {
        assertThat(LegalBasis.inForceOn(LocalDate.of(2013, 6, 30))).isEqualTo(LegalBasis.LAW_2003);
        assertThat(LegalBasis.inForceOn(LocalDate.of(2013, 7, 1))).isEqualTo(LegalBasis.LAW_2012);
        assertThat(LegalBasis.inForceOn(LocalDate.of(2024, 6, 30))).isEqualTo(LegalBasis.LAW_2012);
        assertThat(LegalBasis.inForceOn(LocalDate.of(2024, 7, 1))).isEqualTo(LegalBasis.LAW_2023);
    }

    @Test
    void anOldCooperativeMayBeUnderANewerLawButNotTheReverse() {
        assertThat(LegalBasis.LAW_2023.couldGovernFoundingOn(LocalDate.of(2005, 1, 1))).isTrue();
        assertThat(LegalBasis.LAW_2003.couldGovernFoundingOn(LocalDate.of(2020, 1, 1))).isFalse();
    }
}
