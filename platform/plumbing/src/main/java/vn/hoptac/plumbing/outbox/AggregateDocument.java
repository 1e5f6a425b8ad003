package vn.hoptac.plumbing.outbox;

/**
 * A stored document that holds one aggregate: it rebuilds the aggregate and takes its state back,
 * so an {@link AggregateRepository} needs nothing written per aggregate to load and store it.
 *
 * @param <A> the aggregate, a plain domain object
 */
public interface AggregateDocument<A> {

    /** The aggregate as stored. */
    A toAggregate();

    /** Takes the aggregate's state, to be written with its new events. */
    void copy(A aggregate);
}
