package vn.hoptac.plumbing.alliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are Vietnam's: between 00:00 and 07:00 there, UTC's date is still yesterday. */
public final class BusinessCalendar {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    public BusinessCalendar(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return clock.instant().atZone(VIETNAM).toLocalDate();
    }
}
