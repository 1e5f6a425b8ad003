package vn.hoptac.registry.foundergroup.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.hoptac.registry.organisation.domain.Sector;

/** Bodies of the founder group commands, as officers send them. */
final class FounderGroupRequests {

    private FounderGroupRequests() {
    }

    /** {@code recordedOn} defaults to today in Vietnam. */
    record Recording(@NotBlank @Size(max = 255) String name, @Size(max = 255) String contact,
            @NotNull Sector intendedSector, @Size(max = 255) String commune, LocalDate recordedOn) {
    }

    record Advice(@NotNull LocalDate date, @NotBlank @Size(max = 500) String topic,
            @NotBlank @Size(max = 100) String adviser) {
    }
}
