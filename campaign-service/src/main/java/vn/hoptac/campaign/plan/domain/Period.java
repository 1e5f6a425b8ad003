package vn.hoptac.campaign.plan.domain;

import java.time.LocalDate;

/** A span of business dates, both ends included. */
public record Period(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean contains(Period other) {
        return contains(other.from) && contains(other.to);
    }

    @Override
    public String toString() {
        return from + " – " + to;
    }
}
