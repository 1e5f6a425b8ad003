package vn.hoptac.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The services' clock fixed at 01:30 on 22 November 2026 in Vietnam, while UTC's date is still the
 * 21st: add it to a test's classes so business dates are Vietnam's and the assertions are exact.
 */
@TestConfiguration
public class FixedVietnamClock {

    public static final Instant NOW = Instant.parse("2026-11-21T18:30:00Z");

    @Bean
    @Primary
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
