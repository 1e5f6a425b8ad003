package vn.hoptac.registry.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.hoptac.registry.organisation.domain.Dissolution;
import vn.hoptac.registry.organisation.domain.LegalBasis;

/** Bodies of the lifecycle commands; {@code effectiveOn} defaults to today in Vietnam. */
final class LifecycleRequests {

    private LifecycleRequests() {
    }

    record Conversion(@NotNull LegalBasis toLegalBasis,
            @Pattern(regexp = "[0-9]{10}", message = "must be 10 digits") String registrationCode,
            LocalDate effectiveOn) {
    }

    record Suspension(@NotBlank @Size(max = 500) String reason, LocalDate effectiveOn) {
    }

    record Resumption(LocalDate effectiveOn) {
    }

    record DissolutionRequest(@NotNull Dissolution kind, @NotBlank @Size(max = 500) String reason, LocalDate effectiveOn) {
    }
}
