package vn.hoptac.loan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArrearsBucketTest {

    @ParameterizedTest(name = "{0} days overdue -> {1}")
    @CsvSource({
        "0, CURRENT",
        "1, DAYS_1_30", "30, DAYS_1_30",
        "31, DAYS_31_90", "90, DAYS_31_90",
        "91, DAYS_91_180", "180, DAYS_91_180",
        "181, DAYS_181_PLUS", "3650, DAYS_181_PLUS"})
    void agesByDaysOverdueWithInclusiveUpperBounds(long days, ArrearsBucket expected) {
        assertThat(ArrearsBucket.of(days)).isEqualTo(expected);
    }

    @Test
    void refusesNegativeDays() {
        assertThatThrownBy(() -> ArrearsBucket.of(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("daysOverdue");
    }
}
