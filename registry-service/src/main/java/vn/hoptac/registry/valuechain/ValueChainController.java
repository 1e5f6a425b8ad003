package vn.hoptac.registry.valuechain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.security.Actor;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;

/** The value-chain catalogue: {@code /api/v1/value-chains}. */
@RestController
class ValueChainController {

    private final ValueChainCatalogue catalogue;
    private final BusinessCalendar calendar;

    ValueChainController(ValueChainCatalogue catalogue, BusinessCalendar calendar) {
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    record NewChain(@NotBlank String code, @NotBlank String name) {
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/api/v1/value-chains")
    List<ValueChainCatalogue.ValueChain> all() {
        return catalogue.all();
    }

    @Allowed(Role.REGISTRY_OFFICER)
    @PostMapping("/api/v1/value-chains")
    @ResponseStatus(HttpStatus.CREATED)
    ValueChainCatalogue.ValueChain add(@Valid @RequestBody NewChain chain,
            Actor actor) {
        return catalogue.add(chain.code(), chain.name(), calendar.today(), actor.id());
    }
}
