package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;

/** A span of business dates, both ends included. */
public record Period(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean contains(Period other) {
        return contains(other.from) && contains(other.to);
    }

    /**
     * The faults of {@code span} (named {@code fromField}/{@code toField}) as a span within the plan's
     * {@code period}: both ends given, in order, inside it.
     */
    public static List<FieldError> within(Period span, Period period, String fromField, String toField) {
        List<FieldError> errors = new ArrayList<>();
        if (span == null || span.from() == null || span.to() == null) {
            errors.add(new FieldError(fromField, fromField + " and " + toField + " are required"));
        } else if (span.to().isBefore(span.from())) {
            errors.add(new FieldError(toField, "is before " + fromField + " (" + span.from() + ")"));
        } else {
            if (!period.contains(span.from())) {
                errors.add(new FieldError(fromField, "is outside the plan's period " + period));
            }
            if (!period.contains(span.to())) {
                errors.add(new FieldError(toField, "is outside the plan's period " + period));
            }
        }
        return errors;
    }

    @Override
    public String toString() {
        return from + " – " + to;
    }
}
