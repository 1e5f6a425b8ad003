package vn.hoptac.plumbing.alliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.hoptac.plumbing.errors.InvalidFieldException;

/** Business dates are Vietnam's: between 00:00 and 07:00 there, UTC's date is still yesterday. */
public final class BusinessCalendar {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * The business dates any request may name: from 1900, before the oldest cooperative in a register,
     * to 2199, past the longest plan or loan schedule. Outside them a date is a typing error, and the
     * store could not hold the far ends of {@link LocalDate} anyway.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** Whether {@code date} is one a request may name. */
    public static boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    private final Clock clock;

    public BusinessCalendar(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return clock.instant().atZone(VIETNAM).toLocalDate();
    }

    /** The business date a change takes effect: the one given, or today in Vietnam. */
    public LocalDate orToday(LocalDate date) {
        return date == null ? today() : date;
    }

    /**
     * The one rule for dates that record what happened: not after today by Vietnam's calendar
     * (between 00:00 and 07:00 there, UTC's date is still yesterday). Null means today.
     */
    public LocalDate happened(String field, LocalDate date) {
        LocalDate day = orToday(date);
        if (day.isAfter(today())) {
            throw new InvalidFieldException(List.of(inTheFuture(field, today())));
        }
        return day;
    }

    /** The one answer to a date after {@code today} that should record what happened; domains pass their today. */
    public static InvalidFieldException.FieldError inTheFuture(String field, LocalDate today) {
        return new InvalidFieldException.FieldError(field, "is in the future (today in Vietnam is " + today + ")");
    }
}
