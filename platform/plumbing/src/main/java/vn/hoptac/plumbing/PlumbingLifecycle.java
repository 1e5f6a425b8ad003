package vn.hoptac.plumbing;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import vn.hoptac.plumbing.events.TopicCreator;
import vn.hoptac.plumbing.outbox.OutboxBacklog;
import vn.hoptac.plumbing.outbox.OutboxRelay;

/** Background work of the plumbing, started once the context is ready and stopped before the store closes. */
final class PlumbingLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PlumbingLifecycle.class);

    private final OutboxRelay relay;
    private final TopicCreator topics;
    private final OutboxBacklog backlog;
    private final Duration measureEvery;
    private ScheduledExecutorService measuring;

    PlumbingLifecycle(OutboxRelay relay, TopicCreator topics, OutboxBacklog backlog, Duration measureEvery) {
        this.relay = relay;
        this.topics = topics;
        this.backlog = backlog;
        this.measureEvery = measureEvery;
    }

    /** Before the binder's consumers (which need their topics), after the store and web server are set up. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public void start() {
        if (!topics.createOnce()) {
            topics.createInBackground(Duration.ofSeconds(5)); // the broker is away: the service starts anyway
        }
        relay.start();
        measuring = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-backlog");
            thread.setDaemon(true);
            return thread;
        });
        measuring.scheduleWithFixedDelay(() -> {
            try {
                backlog.measure();
            } catch (RuntimeException e) {
                log.warn("Could not measure the outbox backlog: {}", e.toString());
            }
        }, 0, measureEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        relay.stop();
        if (measuring != null) {
            measuring.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return relay.isRunning();
    }
}
