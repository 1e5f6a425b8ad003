package vn.hoptac.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker (KRaft, one node acting as broker and controller) in a child JVM.
 *
 * <p>The data directory holds {@code server.properties}, the storage ({@code logs/}) and the broker's
 * output ({@code kafka.log}). Storage is formatted only the first time, so a restart on the same
 * directory keeps every topic and record.
 */
public final class LocalKafka extends ChildProcess {

    private static final Logger log = LoggerFactory.getLogger(LocalKafka.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> overrides = new LinkedHashMap<>();
    /** SCRAM users (name → password) when the broker authenticates clients; the first is the super user. */
    private final Map<String, String> scramUsers = new LinkedHashMap<>();

    public LocalKafka(Path dataDir, int port, int controllerPort) {
        super("kafka", dataDir.resolve("kafka.log"));
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Sets or overrides a broker property (e.g. {@code log.retention.ms}); takes effect on the next start. */
    public LocalKafka withProperty(String key, String value) {
        overrides.put(key, value);
        return this;
    }

    /**
     * Makes the broker authenticate every client with SASL/SCRAM-SHA-256 and authorize it by ACLs
     * (KRaft's StandardAuthorizer, nothing allowed without an ACL), as a production cluster does.
     * {@code superUser} may do anything, and is who the broker and {@link #clientConfig()} use.
     */
    public LocalKafka withScram(String superUser, String superPassword, Map<String, String> users) {
        scramUsers.put(superUser, superPassword);
        scramUsers.putAll(users);
        return this;
    }

    /** What a client needs besides the bootstrap servers: the super user's SASL settings, or nothing. */
    public Map<String, Object> clientConfig() {
        if (scramUsers.isEmpty()) {
            return Map.of();
        }
        Map.Entry<String, String> admin = scramUsers.entrySet().iterator().next();
        return scramClientConfig(admin.getKey(), admin.getValue());
    }

    /** SASL/SCRAM-SHA-256 over plaintext for {@code user}: the keys every Kafka client takes. */
    public static Map<String, Object> scramClientConfig(String user, String password) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "SCRAM-SHA-256",
                "sasl.jaas.config", jaas(user, password));
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /** Formats the storage if needed, starts the broker and waits until it answers an admin client. */
    public LocalKafka start() {
        long started = System.nanoTime();
        Path config = writeConfig();
        if (!Files.exists(logsDir().resolve("meta.properties"))) {
            formatStorage(config);
        }
        List<String> command = javaCommand(dataDir, List.of("-Xmx512m"), "kafka.Kafka", true);
        command.add(config.toString());
        launch(command, Map.of());
        awaitBroker(Instant.now().plus(START_TIMEOUT));
        log.info("Kafka ready on {} in {} ms", bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return this;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Creates topics with unlimited retention, replication 1 and min.insync.replicas 1; existing ones are kept. */
    public void createTopics(List<String> names, int partitions) {
        KafkaTopics.create(bootstrapServers(), clientConfig(), names, partitions);
    }

    private Path logsDir() {
        return dataDir.resolve("logs");
    }

    private Path writeConfig() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("node.id", "1");
        properties.put("process.roles", "broker,controller");
        properties.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", logsDir().toString());
        // One broker: every internal topic must live with a single replica.
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        // Topics are created explicitly (see ARCHITECTURE.md), never by a typo in a consumer.
        properties.put("auto.create.topics.enable", "false");
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("num.partitions", "1");
        // Reporting and other alliances rebuild from the topics: keep everything.
        properties.put("log.retention.ms", "-1");
        if (!scramUsers.isEmpty()) {
            Map.Entry<String, String> admin = scramUsers.entrySet().iterator().next();
            properties.put("listeners", "SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
            properties.put("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + port);
            properties.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
            properties.put("inter.broker.listener.name", "SASL_PLAINTEXT");
            properties.put("sasl.enabled.mechanisms", "SCRAM-SHA-256");
            properties.put("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-256");
            properties.put("listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config", jaas(admin.getKey(), admin.getValue()));
            properties.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            properties.put("allow.everyone.if.no.acl.found", "false");
            // The controller listener is local and plaintext: its (anonymous) principal is the node itself.
            properties.put("super.users", "User:" + admin.getKey() + ";User:ANONYMOUS");
        }
        properties.putAll(overrides);

        StringBuilder text = new StringBuilder("# Written by ").append(LocalKafka.class.getName())
                .append(" on every start; edit withProperty(..) instead.\n");
        properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Path file = dataDir.resolve("server.properties");
        try {
            Files.createDirectories(logsDir());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
        return file;
    }

    private void formatStorage(Path config) {
        String clusterId = Uuid.randomUuid().toString();
        log.info("Formatting Kafka storage in {} (cluster id {})", logsDir(), clusterId);
        List<String> command = javaCommand(dataDir, List.of("-Xmx256m"), "kafka.tools.StorageTool", false);
        command.addAll(List.of("format", "-t", clusterId, "-c", config.toString()));
        // SCRAM credentials live in the cluster metadata: KRaft takes the first ones at format time.
        scramUsers.forEach((user, password) -> command.addAll(List.of("--add-scram",
                "SCRAM-SHA-256=[name=" + user + ",password=" + password + "]")));
        runToCompletion("formatting Kafka storage in " + logsDir(), command, FORMAT_TIMEOUT);
    }

    private void awaitBroker(Instant deadline) {
        String what = "Kafka to answer on " + bootstrapServers();
        // Wait for the port first: an admin client polling a closed port fills the console with warnings.
        awaitUntil(what, deadline, () -> Ports.isListening(port));
        Map<String, Object> adminConfig = new LinkedHashMap<>(KafkaTopics.adminConfig(bootstrapServers()));
        adminConfig.putAll(clientConfig());
        try (Admin admin = Admin.create(adminConfig)) {
            awaitUntil(what, deadline, () -> hasBroker(admin));
        }
    }

    private static boolean hasBroker(Admin admin) {
        try {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                    .nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }
}
