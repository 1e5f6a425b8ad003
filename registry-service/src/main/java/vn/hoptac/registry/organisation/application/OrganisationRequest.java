package vn.hoptac.registry.organisation.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.hoptac.plumbing.web.Amounts;
import vn.hoptac.registry.organisation.domain.LegalBasis;
import vn.hoptac.registry.organisation.domain.OrganisationProfile;
import vn.hoptac.registry.organisation.domain.OrganisationType;
import vn.hoptac.registry.organisation.domain.Sector;

/**
 * An organisation's profile as officers send it, to register ({@code POST}) or to replace it
 * ({@code PUT …/profile}, where {@code effectiveOn} says from when; registration takes effect on
 * {@code foundedOn}). Without {@code legalBasis}, the law in force on the founding date is assumed.
 * {@code formerProvinceCode} is the 2008–2025 province a record was registered under;
 * {@code founderGroupId} the founder group that founded it (registration only).
 */
public record OrganisationRequest(
        @Pattern(regexp = "[0-9]{10}", message = "must be 10 digits") String registrationCode,
        @NotBlank @Size(max = 255) String name,
        @NotNull OrganisationType type,
        @NotNull Sector sector,
        LegalBasis legalBasis,
        @NotNull @Pattern(regexp = "[0-9]{2}", message = "must be a 2-digit province code") String provinceCode,
        @Size(max = 255) String commune,
        @Size(max = 255) String addressLine,
        @NotNull LocalDate foundedOn,
        @NotNull @PositiveOrZero @Max(10_000_000) Integer membersCount,
        @NotNull @PositiveOrZero @Max(10_000_000) Integer workersCount,
        @PositiveOrZero @Max(Amounts.MAX_VND) Long charterCapital,
        @Pattern(regexp = "[0-9]{2}", message = "must be a 2-digit province code") String formerProvinceCode,
        @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", message = "must be a founder group's id")
        String founderGroupId,
        LocalDate effectiveOn) {

    /** The profile to register: without a legal basis, the law in force on the founding date. */
    public OrganisationProfile toProfile() {
        return toProfile(legalBasis != null ? legalBasis : LegalBasis.inForceOn(foundedOn));
    }

    public OrganisationProfile toProfile(LegalBasis basis) {
        return new OrganisationProfile(registrationCode, name, type, sector, basis, provinceCode, commune, addressLine,
                foundedOn, membersCount, workersCount, charterCapital, formerProvinceCode);
    }
}
