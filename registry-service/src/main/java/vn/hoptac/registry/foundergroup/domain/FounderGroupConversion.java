package vn.hoptac.registry.foundergroup.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * How many of the founder groups the alliance advised in a period went on to found their cooperative,
 * the figure its reports give (Đắk Nông 2019: 12 founder groups advised, 6 cooperatives founded).
 * <ul>
 *   <li>{@code groupsAdvised}: founder groups with at least one advice session dated from {@code from}
 *       to {@code to}, both included;</li>
 *   <li>{@code cooperativesFounded}: those of them whose cooperative was founded on or before {@code to}
 *       (the founding date is the cooperative's registered event's {@code effectiveOn}); a group advised
 *       in the period whose cooperative is founded later is counted in a later period's report;</li>
 *   <li>{@code conversionRate}: {@code cooperativesFounded / groupsAdvised}, rounded half-up to 4
 *       decimal places; 0 when no group was advised.</li>
 * </ul>
 */
public record FounderGroupConversion(LocalDate from, LocalDate to, int groupsAdvised, int cooperativesFounded,
        BigDecimal conversionRate) {

    public static final int SCALE = 4;

    /** The conversion over {@code groups}, any of which may fall outside the period (they are left out). */
    public static FounderGroupConversion over(LocalDate from, LocalDate to, Collection<FounderGroup> groups) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        List<FounderGroup> advised = groups.stream().filter(group -> group.advisedBetween(from, to)).toList();
        int founded = (int) advised.stream().filter(group -> group.foundedBy(to)).count();
        BigDecimal rate = advised.isEmpty() ? BigDecimal.ZERO.setScale(SCALE)
                : BigDecimal.valueOf(founded).divide(BigDecimal.valueOf(advised.size()), SCALE, RoundingMode.HALF_UP);
        return new FounderGroupConversion(from, to, advised.size(), founded, rate);
    }
}
