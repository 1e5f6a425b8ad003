package vn.hoptac.registry.organisation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;

/**
 * Who an organisation is: its legal identity, place and size. Published whole in registered and
 * profile-changed events. Charter capital is whole đồng. {@code provinceCode} is today's (2025) unit;
 * {@code formerProvinceCode}, when set, is the 2008–2025 unit it was registered under.
 */
public record OrganisationProfile(String registrationCode, String name, OrganisationType type, Sector sector,
        LegalBasis legalBasis, String provinceCode, String commune, String addressLine, LocalDate foundedOn,
        int membersCount, int workersCount, Long charterCapital, String formerProvinceCode) {

    public OrganisationProfile {
        name = SearchText.tidyName(name);
        commune = blankToNull(SearchText.tidyName(commune));
        addressLine = blankToNull(SearchText.tidyName(addressLine));
        registrationCode = blankToNull(registrationCode == null ? null : registrationCode.strip());
        formerProvinceCode = blankToNull(formerProvinceCode == null ? null : formerProvinceCode.strip());
    }

    /** A profile registered under today's units only. */
    public OrganisationProfile(String registrationCode, String name, OrganisationType type, Sector sector,
            LegalBasis legalBasis, String provinceCode, String commune, String addressLine, LocalDate foundedOn,
            int membersCount, int workersCount, Long charterCapital) {
        this(registrationCode, name, type, sector, legalBasis, provinceCode, commune, addressLine, foundedOn, membersCount,
                workersCount, charterCapital, null);
    }

    /**
     * Checks the rules a profile must meet in this alliance on {@code today}; all broken rules are
     * reported together, each naming its field.
     */
    public void check(AllianceRules rules) {
        List<FieldError> errors = new ArrayList<>();
        if (registrationCode == null && type != null && type.requiresRegistrationCode()) {
            errors.add(new FieldError("registrationCode", "is required for a " + type));
        }
        if (registrationCode != null && !registrationCode.matches("[0-9]{10}")) {
            errors.add(new FieldError("registrationCode", "must be 10 digits"));
        }
        if (name == null || name.isEmpty() || name.length() > 255) {
            errors.add(new FieldError("name", "must be 1 to 255 characters"));
        }
        if (provinceCode != null && !rules.isCurrentProvince(provinceCode)) {
            errors.add(new FieldError("provinceCode", "is not a current (2025) province code"));
        } else if (provinceCode != null && !provinceCode.equals(rules.allianceProvinceCode())) {
            errors.add(new FieldError("provinceCode", "must be this alliance's province (" + rules.allianceProvinceCode() + ")"));
        }
        if (formerProvinceCode != null) {
            String successor = rules.successorOfFormer().get(formerProvinceCode);
            if (successor == null) {
                errors.add(new FieldError("formerProvinceCode", "is not a province code of 2008–2025"));
            } else if (!successor.equals(provinceCode)) {
                errors.add(new FieldError("formerProvinceCode", "became part of province " + successor + " in 2025, not of "
                        + provinceCode));
            } else if (foundedOn != null && !foundedOn.isBefore(AllianceRules.MERGER_IN_FORCE)) {
                errors.add(new FieldError("formerProvinceCode", "applies only to organisations founded before "
                        + AllianceRules.MERGER_IN_FORCE + ", when the former provinces still existed"));
            }
        }
        if (foundedOn != null && foundedOn.isAfter(rules.today())) {
            errors.add(BusinessCalendar.inTheFuture("foundedOn", rules.today()));
        }
        if (foundedOn != null && legalBasis != null && !legalBasis.couldGovernFoundingOn(foundedOn)) {
            errors.add(new FieldError("legalBasis", legalBasis + " had been replaced by " + LegalBasis.inForceOn(foundedOn)
                    + " when the organisation was founded on " + foundedOn));
        }
        if (membersCount < 0) {
            errors.add(new FieldError("membersCount", "must not be negative"));
        }
        if (workersCount < 0) {
            errors.add(new FieldError("workersCount", "must not be negative"));
        }
        if (charterCapital != null && charterCapital < 0) {
            errors.add(new FieldError("charterCapital", "must not be negative"));
        }
        if (commune != null && commune.length() > 255) {
            errors.add(new FieldError("commune", "must be at most 255 characters"));
        }
        if (addressLine != null && addressLine.length() > 255) {
            errors.add(new FieldError("addressLine", "must be at most 255 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    /** The profile's property names whose values differ from {@code before}'s. */
    public List<String> changedSince(OrganisationProfile before) {
        List<String> changed = new ArrayList<>();
        compare(changed, "registrationCode", before.registrationCode, registrationCode);
        compare(changed, "name", before.name, name);
        compare(changed, "type", before.type, type);
        compare(changed, "sector", before.sector, sector);
        compare(changed, "legalBasis", before.legalBasis, legalBasis);
        compare(changed, "provinceCode", before.provinceCode, provinceCode);
        compare(changed, "commune", before.commune, commune);
        compare(changed, "addressLine", before.addressLine, addressLine);
        compare(changed, "foundedOn", before.foundedOn, foundedOn);
        compare(changed, "membersCount", before.membersCount, membersCount);
        compare(changed, "workersCount", before.workersCount, workersCount);
        compare(changed, "charterCapital", before.charterCapital, charterCapital);
        compare(changed, "formerProvinceCode", before.formerProvinceCode, formerProvinceCode);
        return changed;
    }

    OrganisationProfile convertedTo(LegalBasis law, String newRegistrationCode) {
        return new OrganisationProfile(newRegistrationCode == null ? registrationCode : newRegistrationCode, name, type,
                sector, law, provinceCode, commune, addressLine, foundedOn, membersCount, workersCount, charterCapital,
                formerProvinceCode);
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
