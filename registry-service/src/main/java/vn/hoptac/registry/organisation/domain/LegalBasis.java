package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;

/** The cooperative law an organisation is registered under (Luật Hợp tác xã 2003, 2012, 2023). */
public enum LegalBasis {
    LAW_2003(LocalDate.of(2004, 7, 1)),
    LAW_2012(LocalDate.of(2013, 7, 1)),
    LAW_2023(LocalDate.of(2024, 7, 1));

    private final LocalDate inForceFrom;

    LegalBasis(LocalDate inForceFrom) {
        this.inForceFrom = inForceFrom;
    }

    public LocalDate inForceFrom() {
        return inForceFrom;
    }

    /** The law a newly founded organisation was formed under on that date. */
    public static LegalBasis inForceOn(LocalDate date) {
        LegalBasis basis = LAW_2003;
        for (LegalBasis candidate : values()) {
            if (!date.isBefore(candidate.inForceFrom)) {
                basis = candidate;
            }
        }
        return basis;
    }

    /** An organisation founded on {@code foundedOn} cannot be registered under a law that had been replaced by then. */
    public boolean couldGovernFoundingOn(LocalDate foundedOn) {
        return compareTo(inForceOn(foundedOn)) >= 0;
    }
}
