package vn.hoptac.campaign.target.web;

import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hoptac.campaign.target.application.PublishedIndicators;
import vn.hoptac.contracts.indicators.Indicator;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;

/** The published indicators a target may count with (the contracts' definitions): {@code /api/v1/indicators}. */
@RestController
@RequestMapping("/api/v1/indicators")
public class IndicatorController {

    private final PublishedIndicators indicators;

    public IndicatorController(PublishedIndicators indicators) {
        this.indicators = indicators;
    }

    /** An indicator as the API shows it: what it counts and by which written rule. */
    record IndicatorView(String id, int version, String nameVi, String nameEn, String unit, String kind, String aggregation,
            Set<String> filters, Set<String> eventTypes, String rule, String ruleVi) {

        static IndicatorView of(Indicator i) {
            return new IndicatorView(i.id(), i.version(), i.nameVi(), i.nameEn(), i.unit(), i.kind().name(), i.aggregation().name(),
                    new java.util.TreeSet<>(i.filterNames()), new java.util.TreeSet<>(i.eventTypes()), i.rule(), i.ruleVi());
        }
    }

    @Allowed(Role.VIEWER)
    @GetMapping
    public List<IndicatorView> all() {
        return indicators.catalog().all().stream().map(IndicatorView::of)
                .sorted(java.util.Comparator.comparing(IndicatorView::id)).toList();
    }
}
