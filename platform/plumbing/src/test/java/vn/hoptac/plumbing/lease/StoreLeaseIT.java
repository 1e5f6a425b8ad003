package vn.hoptac.plumbing.lease;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.hoptac.testsupport.TestInfrastructure;

/** One relay at a time, on the real store: the lease passes on only when its holder stops renewing it. */
class StoreLeaseIT {

    static final Duration TTL = Duration.ofSeconds(10);

    /** A clock the test moves by hand, so expiry is exact rather than waited for. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-22T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    final MongoClient client = MongoClients.create(TestInfrastructure.shared().mongoUri("lease"));
    final MongoTemplate mongo = new MongoTemplate(client, "lease-" + UUID.randomUUID().toString().substring(0, 8));
    final ManualClock clock = new ManualClock();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aSecondRelayWaitsUntilTheFirstStopsRenewing() {
        StoreLease first = new StoreLease(mongo, "registry", "instance-a", TTL, clock);
        StoreLease second = new StoreLease(mongo, "registry", "instance-b", TTL, clock);

        assertThat(first.holdOrAcquire()).isTrue();
        assertThat(second.holdOrAcquire()).isFalse();

        clock.now = clock.now.plusSeconds(6); // past half the lease: the holder renews
        assertThat(first.holdOrAcquire()).isTrue();
        clock.now = clock.now.plusSeconds(6);
        assertThat(second.holdOrAcquire()).as("renewed lease still held by the first").isFalse();

        clock.now = clock.now.plusSeconds(11); // the first stopped renewing (a crash)
        assertThat(first.isHeld()).isFalse();
        assertThat(second.holdOrAcquire()).isTrue();
        assertThat(first.holdOrAcquire()).isFalse();
    }

    @Test
    void aHolderStopsPublishingBeforeItsLeaseCouldPassOn() {
        StoreLease lease = new StoreLease(mongo, "registry", "instance-a", TTL, clock);
        assertThat(lease.holdOrAcquire()).isTrue();

        clock.now = clock.now.plusSeconds(9); // within the last fifth of the lease
        assertThat(lease.isHeld()).isFalse();
    }

    @Test
    void aReleasedLeaseIsTakenAtOnce() {
        StoreLease first = new StoreLease(mongo, "registry", "instance-a", TTL, clock);
        StoreLease second = new StoreLease(mongo, "registry", "instance-b", TTL, clock);
        assertThat(first.holdOrAcquire()).isTrue();

        first.release();

        assertThat(second.holdOrAcquire()).isTrue();
    }
}
