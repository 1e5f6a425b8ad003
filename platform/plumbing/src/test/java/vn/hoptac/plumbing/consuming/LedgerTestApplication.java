package vn.hoptac.plumbing.consuming;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

/**
 * A minimal consuming service for the plumbing's own tests: it keeps account balances from
 * {@code ledger.events}, through the same dispatcher and dedup guard the services use.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class LedgerTestApplication {

    public static final String TOPIC = "ledger.events";
    public static final String GROUP = "ledger-test";
    public static final String CREDITED = "vn.hoptac.test.ledger.credited.v1";

    /** The event data of a credit. */
    public record Credited(String account, long amount) {
    }

    /** Accounts whose handler fails until the test "fixes" it, and how often each event was attempted. */
    public static final class Faults {
        public final Set<String> brokenAccounts = ConcurrentHashMap.newKeySet();
        public final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

        int attempt(IncomingEvent event) {
            return attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        }
    }

    @Bean
    Faults faults() {
        return new Faults();
    }

    @Bean
    Consumer<Message<byte[]>> ledgerEvents(DedupGuard dedup, Faults faults, TrustedSources trust, MeterRegistry meters) {
        return EventDispatcher.forConsumer(GROUP, trust, meters).retries(3, Duration.ofMillis(10)).on(CREDITED, event -> {
            faults.attempt(event);
            Credited credited = event.data(Credited.class);
            if (faults.brokenAccounts.contains(credited.account())) {
                throw new IllegalStateException("ledger of " + credited.account() + " is closed");
            }
            dedup.applyOnce("accounts", credited.account(), event, new Update().inc("balance", credited.amount()), true);
        }).build();
    }
}
