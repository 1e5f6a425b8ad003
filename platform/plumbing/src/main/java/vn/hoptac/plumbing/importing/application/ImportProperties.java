package vn.hoptac.plumbing.importing.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How imports are kept alive: each runner renews its imports' heartbeat every {@code heartbeatEvery};
 * every {@code checkInterruptedEvery} (and at startup) an import whose heartbeat is older than
 * {@code interruptedAfter} is declared interrupted.
 */
@ConfigurationProperties("hoptac.imports")
public record ImportProperties(@DefaultValue("60s") Duration interruptedAfter, @DefaultValue("10s") Duration heartbeatEvery,
        @DefaultValue("30s") Duration checkInterruptedEvery) {

    public static final ImportProperties DEFAULTS =
            new ImportProperties(Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(30));
}
