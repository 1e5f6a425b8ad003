package vn.hoptac.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import vn.hoptac.launcher.ExitSequence;

/** The Testcontainers backend of {@link TestInfrastructure}: real Kafka and real MongoDB in Docker. */
final class ContainerInfrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String MONGODB_IMAGE = "mongo:8.0";

    private ContainerInfrastructure() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    static TestInfrastructure start() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                // Same rules as the embedded broker and production: topics are created explicitly.
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        MongoDBContainer mongo = new MongoDBContainer(MONGODB_IMAGE);
        ExitSequence.register("stop " + KAFKA_IMAGE, kafka::stop);
        ExitSequence.register("stop " + MONGODB_IMAGE, mongo::stop);
        kafka.start();
        mongo.start();
        return new TestInfrastructure("testcontainers", kafka.getBootstrapServers(), mongo::getReplicaSetUrl);
    }
}
