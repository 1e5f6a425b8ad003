package vn.hoptac.campaign.target.application;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.hoptac.campaign.target.domain.IndicatorRules;
import vn.hoptac.contracts.indicators.Indicator;
import vn.hoptac.contracts.indicators.IndicatorCatalog;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;
import vn.hoptac.plumbing.errors.NotFoundException;

/** The indicators published in the contracts module: what every consumer counts the same way. */
@Component
public class PublishedIndicators implements IndicatorRules {

    private final IndicatorCatalog catalog = IndicatorCatalog.load();

    public IndicatorCatalog catalog() {
        return catalog;
    }

    public Indicator get(String id) {
        return catalog.find(id).orElseThrow(() -> new NotFoundException("No published indicator " + id));
    }

    @Override
    public List<FieldError> check(String indicatorId, Map<String, String> filter) {
        return catalog.find(indicatorId)
                .map(indicator -> indicator.filterErrors(filter).stream().map(message -> new FieldError("filter", message))
                        .toList())
                .orElseGet(() -> List.of(new FieldError("indicatorId", "is not a published indicator: one of "
                        + catalog.all().stream().map(Indicator::id).sorted().toList())));
    }

    @Override
    public int versionOf(String indicatorId) {
        return get(indicatorId).version();
    }
}
