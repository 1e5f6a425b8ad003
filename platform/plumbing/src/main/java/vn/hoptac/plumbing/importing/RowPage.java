package vn.hoptac.plumbing.importing;

import java.util.List;
import java.util.function.Function;

/**
 * A page of an import's rows in row order, optionally only those with one outcome. A service answers
 * with its own row view, which names the row's record in its terms ({@code organisationId}).
 */
public record RowPage<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public RowPage {
        items = List.copyOf(items);
    }

    public <V> RowPage<V> map(Function<? super T, ? extends V> view) {
        return new RowPage<>(items.stream().<V>map(view).toList(), page, size, totalItems, totalPages);
    }
}
