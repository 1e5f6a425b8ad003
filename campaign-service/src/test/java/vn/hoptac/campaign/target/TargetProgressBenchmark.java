package vn.hoptac.campaign.target;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import vn.hoptac.campaign.CampaignApplication;
import vn.hoptac.campaign.target.persistence.CountedEvent;
import vn.hoptac.campaign.target.persistence.TargetStore;
import vn.hoptac.contracts.EventTypes.Registry;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.RealInfrastructureInitializer;
import vn.hoptac.testsupport.RegistryFeed;
import vn.hoptac.testsupport.TestInfrastructure;
import vn.hoptac.testsupport.TestIssuer;

/**
 * The progress consumer's throughput against a raw Kafka consumer of the same records, on a real
 * broker and the embedded store. Not a test: run it from the README. A plan with two targets (every new
 * cooperative, and the agricultural ones) is set up, the service's registry binding is stopped, and
 * {@code bench.events} registrations (two in three agricultural) are sent untimed. The raw consumer
 * reads them all first; then the binding starts and the progress consumer is timed from the first event
 * it keeps until both targets' actuals are complete. The two halves are timed apart: a constant cost per
 * event gives them the same rate.
 */
public final class TargetProgressBenchmark {

    static final int EVENTS = Integer.getInteger("bench.events", 5_000);

    public static void main(String[] args) throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        String prefix = "bench" + UUID.randomUUID().toString().substring(0, 6) + ".";
        TargetProgressIT.createTopics(prefix);
        String topic = prefix + "registry.events";
        System.out.printf("Kafka: %s (%s); %d registrations%n", infrastructure.kafkaBootstrapServers(),
                infrastructure.backend(), EVENTS);

        ConfigurableApplicationContext service = new SpringApplicationBuilder(CampaignApplication.class)
                .initializers(new RealInfrastructureInitializer())
                .run("--server.port=0", "--hoptac.alliance.province-code=24", "--hoptac.topics.prefix=" + prefix,
                        "--hoptac.campaigns.overdue-cron=-", "--logging.level.root=warn");
        try {
            String port = service.getEnvironment().getRequiredProperty("local.server.port");
            String officer = TestIssuer.shared().bearer("can.bo.ke.hoach", "24", "CAMPAIGN_OFFICER");
            Http http = new Http("http://127.0.0.1:" + port).as(officer);
            String plan = http.post("/api/v1/plans", """
                    {"kind": "ANNUAL_WORK_PLAN", "title": "Kế hoạch năm 2022", "periodFrom": "2022-01-01",
                     "periodTo": "2022-12-31", "on": "2022-01-04"}""").text("id");
            List<String> targets = new ArrayList<>();
            for (String filter : List.of("{}", "{\"sector\": \"AGRICULTURE\"}")) {
                targets.add(http.post("/api/v1/targets", """
                        {"planId": "%s", "indicatorId": "registry.cooperatives-founded", "filter": %s, "windowFrom": "2022-01-01",
                         "windowTo": "2022-12-31", "atLeast": %d, "on": "2022-01-05"}""".formatted(plan, filter, EVENTS))
                        .text("id"));
            }
            BindingsLifecycleController bindings = service.getBean(BindingsLifecycleController.class);
            bindings.changeState("registryEvents-in-0", BindingsLifecycleController.State.STOPPED);

            int agricultural = 0;
            try (RegistryFeed feed = new RegistryFeed("24", topic)) {
                for (int i = 0; i < EVENTS; i++) {
                    String id = UUID.randomUUID().toString();
                    boolean farm = i % 3 != 2;
                    agricultural += farm ? 1 : 0;
                    feed.send(Registry.ORGANISATION_REGISTERED, id, 1, TargetProgressIT.registered(id, "Hợp tác xã số " + i,
                            "COOPERATIVE", farm ? "AGRICULTURE" : "TRADE_SERVICES",
                            LocalDate.of(2022, 1, 1).plusDays(i % 360).toString()));
                }
            }

            double rawSeconds = raw(infrastructure.kafkaBootstrapServers(), topic);

            MongoTemplate mongo = service.getBean(MongoTemplate.class);
            TargetStore store = service.getBean(TargetStore.class);
            bindings.changeState("registryEvents-in-0", BindingsLifecycleController.State.STARTED);
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (store.get(targets.get(0)).aggregate().actual() < EVENTS
                    || store.get(targets.get(1)).aggregate().actual() < agricultural) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the targets were not complete in 30 minutes");
                }
                Thread.sleep(20); // a benchmark's poll of the outcome, not a test's wait
            }
            Instant done = Instant.now();
            List<Instant> received = mongo.find(new Query().with(Sort.by("receivedAt")), CountedEvent.class).stream()
                    .map(CountedEvent::receivedAt).toList();
            if (received.size() != EVENTS) {
                throw new IllegalStateException("kept " + received.size() + " events of " + EVENTS);
            }
            Instant first = received.get(0);
            Instant middle = received.get(EVENTS / 2);
            double progressSeconds = Duration.between(first, done).toNanos() / 1e9;
            double firstHalf = Duration.between(first, middle).toNanos() / 1e9;
            double secondHalf = Duration.between(middle, done).toNanos() / 1e9;
            System.out.println();
            System.out.printf("raw consumer:      %,10.0f events/s (%.2f s)%n", EVENTS / rawSeconds, rawSeconds);
            System.out.printf("progress consumer: %,10.0f events/s (%.2f s; %d targets, %d contributions)%n",
                    EVENTS / progressSeconds, progressSeconds, targets.size(), EVENTS + agricultural);
            System.out.printf("  first half %,.0f events/s, second half %,.0f events/s%n", (EVENTS / 2) / firstHalf,
                    (EVENTS - EVENTS / 2) / secondHalf);
            System.out.printf("ratio progress/raw: %.4f%n", rawSeconds / progressSeconds);
        } finally {
            service.close();
        }
        System.exit(0);
    }

    /** Seconds from the first record a plain consumer reads of {@code topic} to its last. */
    static double raw(String bootstrap, String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long start = 0;
            int read = 0;
            long bytes = 0;
            while (read < EVENTS) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (start == 0) {
                        start = System.nanoTime();
                    }
                    read++;
                    bytes += record.value().length;
                }
            }
            if (bytes == 0) {
                throw new IllegalStateException("read nothing");
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
