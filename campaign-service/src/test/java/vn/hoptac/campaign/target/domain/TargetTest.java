package vn.hoptac.campaign.target.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoptac.campaign.Refusals.fields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;

/** A target's rules: a known indicator and filter, a window in the plan's period, a goal the right way up, reached once. */
class TargetTest {

    static final LocalDate TODAY = LocalDate.of(2019, 12, 31);
    static final Period YEAR_2019 = new Period(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));

    /** Two indicators, one with a sector filter: the shape of the published catalogue. */
    static final IndicatorRules INDICATORS = new IndicatorRules() {
        @Override
        public List<FieldError> check(String indicatorId, Map<String, String> filter) {
            List<FieldError> errors = new ArrayList<>();
            if (!Set.of("registry.cooperatives-founded", "campaigns.activities-done").contains(indicatorId)) {
                errors.add(new FieldError("indicatorId", "is not a published indicator"));
            } else if (!filter.isEmpty() && !(indicatorId.startsWith("registry") && filter.keySet().equals(Set.of("sector")))) {
                errors.add(new FieldError("filter", "has no field " + filter.keySet()));
            }
            return errors;
        }

        @Override
        public int versionOf(String indicatorId) {
            return 1;
        }
    };

    static TargetTerms terms(String indicator, Map<String, String> filter, String from, String to, long atLeast, Long atMost) {
        return new TargetTerms(indicator, filter, new Period(LocalDate.parse(from), LocalDate.parse(to)), new Goal(atLeast, atMost));
    }

    static Target.Setting set(TargetTerms terms) {
        return Target.set("t1", "p1", null, YEAR_2019, terms, INDICATORS, "19", LocalDate.of(2019, 1, 10), TODAY, "a");
    }

    @Test
    void thaiNguyen2019HasARangeAndAnAgriculturalTargetBeside() {
        TargetSet all = set(terms("registry.cooperatives-founded", Map.of(), "2019-01-01", "2019-12-31", 30, 35L)).event();
        TargetSet agricultural = set(terms("registry.cooperatives-founded", Map.of("sector", " AGRICULTURE "), "2019-01-01",
                "2019-12-31", 25, null)).event();
        assertThat(all.atMost()).isEqualTo(35L);
        assertThat(agricultural.filter()).containsExactly(Map.entry("sector", "AGRICULTURE"));
        assertThat(new Goal(30, 35L).holds(36)).isFalse();
        assertThat(new Goal(30, 35L).reachedBy(36)).isTrue();
    }

    @Test
    void badTermsAreRefusedByField() {
        assertThat(fields(() -> set(terms("registry.unknown", Map.of(), "2019-01-01", "2019-12-31", 1, null))))
                .containsExactly("indicatorId");
        assertThat(fields(() -> set(terms("campaigns.activities-done", Map.of("sector", "AGRICULTURE"), "2019-01-01",
                "2019-12-31", 1, null)))).containsExactly("filter");
        assertThat(fields(() -> set(terms("registry.cooperatives-founded", Map.of(), "2018-07-01", "2020-01-31", -1, null))))
                .containsExactly("windowFrom", "windowTo", "atLeast");
        assertThat(fields(() -> set(terms("registry.cooperatives-founded", Map.of(), "2019-01-01", "2019-12-31", 35, 30L))))
                .containsExactly("atMost");
    }

    @Test
    void aTargetIsReachedOnceByTheEventThatBroughtItThereAndAgainOnlyUnderNewTerms() {
        Target target = set(terms("registry.cooperatives-founded", Map.of(), "2019-01-01", "2019-12-31", 2, null)).target();
        Target.Reaching second = new Target.Reaching("e2", "vn.hoptac.registry.organisation.registered.v1", "o2",
                LocalDate.of(2019, 3, 1), 2);
        assertThat(target.reach(1, second, "progress")).isEmpty();
        TargetReached reached = target.reach(2, second, "progress").orElseThrow();
        assertThat(reached.eventId()).isEqualTo("e2");
        assertThat(reached.effectiveOn()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(target.reach(3, second, "progress")).as("once").isEmpty();
        target.change(terms("registry.cooperatives-founded", Map.of(), "2019-01-01", "2019-12-31", 5, null), YEAR_2019,
                INDICATORS, LocalDate.of(2019, 3, 2), TODAY, "a");
        assertThat(target.reached()).isEmpty();
        assertThat(target.reach(5, second, "progress")).isPresent();
    }

    @Test
    void eachMoveOfTheActualIsPublishedWithTheEventThatMovedItAndNoneWhenItStands() {
        Target target = set(terms("registry.cooperatives-founded", Map.of(), "2019-01-01", "2019-12-31", 30, 35L)).target();
        Target.Move registration = new Target.Move("e1", "vn.hoptac.registry.organisation.registered.v1", "o1",
                LocalDate.of(2019, 2, 1));
        assertThat(target.progress(0, null, LocalDate.of(2019, 1, 10), "progress")).as("a recount that finds nothing").isEmpty();
        TargetProgressed moved = target.progress(1, registration, registration.on(), "progress").orElseThrow();
        assertThat(moved.actual()).isEqualTo(1);
        assertThat(moved.atMost()).isEqualTo(35L);
        assertThat(moved.eventId()).isEqualTo("e1");
        assertThat(target.progress(1, registration, registration.on(), "progress")).as("the same actual again").isEmpty();
        TargetProgressed recount = target.progress(0, null, LocalDate.of(2019, 3, 1), "progress").orElseThrow();
        assertThat(recount.eventId()).isNull();
        assertThat(target.actual()).isZero();
    }
}
