package vn.hoptac.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The one-command local platform: a real Kafka broker, the store persisted to an H2 file, the topics,
 * the token issuer, then every service jar, each configured as in production through environment
 * variables.
 *
 * <p>Run from the project root (or through {@code deploy/run-local.sh}). Data lives in
 * {@code ./.hoptac-data} (or {@code --data-dir}) and survives restarts. Ctrl-C stops the services, then
 * the store (cleanly, so the H2 file is complete), then Kafka.
 */
public final class Launcher {

    /** The services to run, in start order: adding one is one line. */
    private static final List<Service> SERVICES = List.of(
            new Service("registry-service", 8081),
            new Service("loan-service", 8082),
            new Service("campaign-service", 8083));

    private static final String ISSUER_MODULE = "deploy/issuer";
    private static final String ISSUER_ARTIFACT = "hoptac-issuer";
    private static final String DEFAULT_PROVINCE = "19";

    private static final List<String> TOPICS = List.of("registry.events", "loans.events", "campaigns.events");
    private static final int TOPIC_PARTITIONS = 6;
    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofMinutes(3);

    /** A service module; its database and port variable derive from the name without "-service". */
    record Service(String module, int defaultPort) {
        String shortName() {
            return module.replaceFirst("-service$", "");
        }

        String portVariable() {
            return "HOPTAC_" + shortName().toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
        }
    }

    private Launcher() {
    }

    public static void main(String[] args) {
        configureConsoleLogging();
        try {
            run(args);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Expected problems (port taken, jar missing, a child failing) deserve a message, not a trace.
            System.err.println();
            System.err.println("Could not start the local platform: " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) {
        Path root = Path.of("").toAbsolutePath();
        Optional<Path> dataDir = parseDataDir(root, args);
        if (dataDir.isEmpty()) {
            return; // --help
        }
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("deploy"))) {
            throw new IllegalStateException("run it from the project root, or use deploy/run-local.sh");
        }

        int kafkaPort = port("HOPTAC_KAFKA_PORT", 9092);
        int controllerPort = port("HOPTAC_KAFKA_CONTROLLER_PORT", kafkaPort + 1);
        int storePort = port("HOPTAC_STORE_PORT", 27017);
        int issuerPort = port("HOPTAC_ISSUER_PORT", 9000);
        Map<Service, Integer> servicePorts = new LinkedHashMap<>();
        SERVICES.forEach(service -> servicePorts.put(service, port(service.portVariable(), service.defaultPort())));

        // Check everything before starting anything, so a problem never leaves half a platform behind.
        Ports.requireFree(kafkaPort, "Kafka", "HOPTAC_KAFKA_PORT");
        Ports.requireFree(controllerPort, "Kafka controller", "HOPTAC_KAFKA_CONTROLLER_PORT");
        Ports.requireFree(storePort, "store", "HOPTAC_STORE_PORT");
        Ports.requireFree(issuerPort, "token issuer", "HOPTAC_ISSUER_PORT");
        servicePorts.forEach((service, port) -> Ports.requireFree(port, service.module(), service.portVariable()));
        Map<Service, Path> jars = findJars(root);
        Path issuerJar = findJar(root.resolve(ISSUER_MODULE).resolve("target"), ISSUER_ARTIFACT).orElseThrow(() ->
                new IllegalStateException("no jar for the token issuer. Build it with: ./mvnw -B -DskipTests package -pl "
                        + ISSUER_MODULE + " (deploy/run-local.sh does that for you)"));

        System.out.println("Starting Kafka on 127.0.0.1:" + kafkaPort + " ...");
        LocalKafka kafka = new LocalKafka(dataDir.get().resolve("kafka"), kafkaPort, controllerPort).start();
        System.out.println("Starting the store on 127.0.0.1:" + storePort + " ...");
        LocalStore store = LocalStore.persistent(dataDir.get().resolve("store").resolve("hoptac.mv"), storePort).start();
        kafka.createTopics(TOPICS, TOPIC_PARTITIONS);
        String issuerUrl = baseUrl(issuerPort);
        ServiceProcess issuer = startIssuer(issuerJar, issuerPort, dataDir.get());

        Map<Service, ServiceProcess> processes = new LinkedHashMap<>();
        servicePorts.forEach((service, port) -> processes.put(service,
                startService(service, jars.get(service), port, kafka, store, issuerUrl, dataDir.get().resolve("logs"))));
        issuer.awaitReady(URI.create(issuerUrl + "/actuator/health/readiness"), SERVICE_READY_TIMEOUT);
        // Services start in parallel; waiting for each in turn costs no more than the slowest.
        processes.forEach((service, process) -> process.awaitReady(
                URI.create(baseUrl(servicePorts.get(service)) + "/actuator/health/readiness"), SERVICE_READY_TIMEOUT));

        printSummary(dataDir.get(), kafka, store, issuer, issuerUrl, processes, servicePorts);
        reportUnexpectedExits(processes, issuer, kafka, store);
        awaitShutdown();
    }

    /** The data directory, or empty when only help was asked for. */
    private static Optional<Path> parseDataDir(Path root, String[] args) {
        Path dataDir = root.resolve(".hoptac-data");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException("--data-dir needs a path");
                    }
                    dataDir = Path.of(args[++i]).toAbsolutePath();
                }
                case "-h", "--help" -> {
                    printUsage();
                    return Optional.empty();
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (see --help)");
            }
        }
        return Optional.of(dataDir);
    }

    /** The alliance's province, as the services are told it. */
    private static String allianceProvince() {
        String code = System.getenv("HOPTAC_ALLIANCE_PROVINCE_CODE");
        return code == null || code.isBlank() ? DEFAULT_PROVINCE : code.trim();
    }

    /**
     * The local identity provider: demo users of the default province and of the alliance's, keys kept in
     * the data directory so tokens survive a restart.
     */
    private static ServiceProcess startIssuer(Path jar, int port, Path dataDir) {
        System.out.println("Starting the token issuer on port " + port + " ...");
        String provinces = allianceProvince().equals(DEFAULT_PROVINCE) ? DEFAULT_PROVINCE
                : DEFAULT_PROVINCE + "," + allianceProvince();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", String.valueOf(port));
        environment.put("HOPTAC_ISSUER_URL", baseUrl(port));
        environment.put("HOPTAC_ISSUER_PROVINCES", provinces);
        environment.put("HOPTAC_ISSUER_KEYS_FILE", dataDir.resolve("issuer").resolve("keys.json").toString());
        return new ServiceProcess("issuer", jar, environment, Map.of(), dataDir.resolve("logs").resolve("issuer.log")).start();
    }

    /** Starts the jar configured as in production: through environment variables only. */
    private static ServiceProcess startService(Service service, Path jar, int port, LocalKafka kafka, LocalStore store,
                                               String issuerUrl, Path logDir) {
        System.out.println("Starting " + service.module() + " on port " + port + " ...");
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", String.valueOf(port));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("MONGODB_URI", store.uri(service.shortName()));
        environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuerUrl);
        Optional.ofNullable(System.getenv("HOPTAC_ALLIANCE_PROVINCE_CODE"))
                .ifPresent(code -> environment.put("HOPTAC_ALLIANCE_PROVINCE_CODE", code));
        Path log = logDir.resolve(service.module() + ".log");
        return new ServiceProcess(service.module(), jar, environment, Map.of(), log).start();
    }

    private static int port(String variable, int defaultPort) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number, not '" + value + "'");
        }
    }

    private static Map<Service, Path> findJars(Path root) {
        Map<Service, Path> jars = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Service service : SERVICES) {
            Optional<Path> jar = findJar(root.resolve(service.module()).resolve("target"), service.module());
            jar.ifPresentOrElse(path -> jars.put(service, path), () -> missing.add(service.module()));
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no jar for " + String.join(", ", missing)
                    + ". Build it with: ./mvnw -B -DskipTests package -pl " + String.join(",", missing) + " -am"
                    + " (deploy/run-local.sh does that for you)");
        }
        return jars;
    }

    /** The newest {@code <module>-*.jar}, leaving out Boot's plain jar and sources/javadoc/test jars. */
    static Optional<Path> findJar(Path targetDir, String module) {
        if (!Files.isDirectory(targetDir)) {
            return Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(targetDir, module + "-*.jar")) {
            for (Path jar : jars) {
                String name = jar.getFileName().toString();
                if (!name.matches(".*-(plain|sources|javadoc|tests)\\.jar")) {
                    candidates.add(jar);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not list " + targetDir + ": " + e.getMessage(), e);
        }
        return candidates.stream().max(Comparator.comparing(jar -> jar.toFile().lastModified()));
    }

    private static String baseUrl(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static void printSummary(Path dataDir, LocalKafka kafka, LocalStore store, ServiceProcess issuer,
                                     String issuerUrl, Map<Service, ServiceProcess> processes, Map<Service, Integer> ports) {
        String row = "  %-18s %s%n";
        System.out.println();
        System.out.println("HopTac is running. Data in " + dataDir);
        System.out.println();
        System.out.printf(row, "Kafka", kafka.bootstrapServers() + "   (log " + kafka.logFile() + ")");
        System.out.printf(row, "Store", store.uri("<database>") + "   (log " + store.logFile() + ")");
        System.out.printf(row, "Token issuer", issuerUrl + "   (log " + issuer.logFile() + ")");
        System.out.printf(row, "  demo users", issuerUrl + "/demo-users   (one per role: registry-officer-"
                + allianceProvince() + ", appraiser-" + allianceProvince() + ", …, national-viewer; secret: demo)");
        processes.forEach((service, process) -> {
            String base = baseUrl(ports.get(service));
            System.out.println();
            System.out.printf(row, service.module(), base);
            System.out.printf(row, "  health", base + "/actuator/health");
            System.out.printf(row, "  API docs", base + "/v3/api-docs");
            System.out.printf(row, "  database", store.uri(service.shortName()));
            System.out.printf(row, "  log", process.logFile());
        });
        System.out.println();
        System.out.println("Get a token (here a registry officer's) and call a service with it:");
        System.out.println("  TOKEN=$(curl -s -u registry-officer-" + allianceProvince() + ":demo -d grant_type=client_credentials "
                + issuerUrl + "/oauth2/token | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        System.out.println("  curl -s -H \"Authorization: Bearer $TOKEN\" " + baseUrl(ports.values().iterator().next())
                + "/api/v1/organisations");
        System.out.println();
        System.out.println("Press Ctrl-C to stop (services, then the issuer, the store, then Kafka). Data is kept.");
    }

    /** Says so when a child dies on its own; stops saying it once the JVM is shutting down. */
    private static void reportUnexpectedExits(Map<Service, ServiceProcess> processes, ServiceProcess issuer,
                                              LocalKafka kafka, LocalStore store) {
        List<ChildProcess> children = new ArrayList<>(processes.values());
        children.add(issuer);
        children.add(kafka);
        children.add(store);
        Thread watcher = new Thread(() -> {
            List<ChildProcess> reported = new ArrayList<>();
            while (!Thread.currentThread().isInterrupted()) {
                for (ChildProcess child : children) {
                    if (!child.isAlive() && !reported.contains(child)) {
                        reported.add(child);
                        System.err.println(child.name() + " exited unexpectedly; see " + child.logFile());
                    }
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "hoptac-child-watcher");
        watcher.setDaemon(true);
        // Registered last, so the exit sequence runs it first: the stops that follow are not "unexpected".
        ExitSequence.register("stop watching children", watcher::interrupt);
        watcher.start();
    }

    private static void awaitShutdown() {
        try {
            new CountDownLatch(1).await(); // the exit sequence does the stopping on Ctrl-C / SIGTERM
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void configureConsoleLogging() {
        // slf4j-simple: the launcher's own progress at info, the Kafka client's chatter only when it matters.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.vn.hoptac", "info");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    private static void printUsage() {
        System.out.println("""
                Usage: deploy/run-local.sh [--data-dir PATH]

                Starts Kafka, the store and the services on this machine; data in ./.hoptac-data by default.
                Ports (environment): HOPTAC_KAFKA_PORT (9092), HOPTAC_KAFKA_CONTROLLER_PORT (Kafka's + 1),
                HOPTAC_STORE_PORT (27017), HOPTAC_ISSUER_PORT (9000), and per service HOPTAC_<NAME>_PORT:""");
        SERVICES.forEach(service -> System.out.println("  " + service.portVariable() + " (" + service.defaultPort() + ")"));
        System.out.println("HOPTAC_ALLIANCE_PROVINCE_CODE is passed through to the services when set.");
    }
}
