package vn.hoptac.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for something another process or thread makes true (an event consumed, an outbox drained),
 * by polling with a deadline: a test never sleeps a fixed time and hopes.
 */
public final class Eventually {

    private static final Duration POLL = Duration.ofMillis(50);
    /** Long enough for a consumer group to join and rebalance on a loaded 2-core machine. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private Eventually() {
    }

    /** As {@link #await(String, Duration, BooleanSupplier)} with {@link #DEFAULT_TIMEOUT}. */
    public static void await(String what, BooleanSupplier condition) {
        await(what, DEFAULT_TIMEOUT, condition);
    }

    /** Returns once {@code condition} holds; fails naming {@code what} when {@code timeout} passes first. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
