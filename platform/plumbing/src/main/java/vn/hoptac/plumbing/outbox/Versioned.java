package vn.hoptac.plumbing.outbox;

/**
 * An aggregate as stored, with the version a client sends back as {@code If-Match} (its ETag).
 *
 * @param <A> the aggregate
 */
public record Versioned<A>(A aggregate, long version) {
}
