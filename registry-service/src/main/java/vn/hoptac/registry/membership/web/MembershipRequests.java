package vn.hoptac.registry.membership.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Bodies of the membership commands, as officers send them. */
final class MembershipRequests {

    private MembershipRequests() {
    }

    /** A batch of admissions, e.g. {@code "1/2024"}, all as of {@code admittedOn}. */
    record Batch(@NotBlank @Size(max = 50) String batch, @NotNull LocalDate admittedOn,
            @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 100) String> organisationIds) {
    }

    /** {@code endedOn} defaults to today in Vietnam. */
    record End(LocalDate endedOn, @NotBlank @Size(max = 500) String reason) {
    }
}
