package vn.hoptac.plumbing.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the outbox relay ({@code hoptac.outbox.*}).
 *
 * @param leaseTtl     how long a relay's lease lasts without renewal; a crashed relay's successor
 *                     waits at most this long
 * @param pollInterval how often an idle relay looks for events written by other instances
 * @param chunkSize    aggregates read and sent per round trip
 */
@ConfigurationProperties("hoptac.outbox")
public record OutboxProperties(Duration leaseTtl, Duration pollInterval, Integer chunkSize) {

    public OutboxProperties {
        leaseTtl = leaseTtl == null ? Duration.ofSeconds(10) : leaseTtl;
        pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
        chunkSize = chunkSize == null ? 500 : chunkSize;
    }
}
