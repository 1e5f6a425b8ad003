package vn.hoptac.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.hoptac.contracts.EventSchemaValidator;
import vn.hoptac.contracts.EventTypes.Campaigns;
import vn.hoptac.launcher.LocalStore;
import vn.hoptac.launcher.Ports;
import vn.hoptac.launcher.ServiceProcess;
import vn.hoptac.testsupport.Http;
import vn.hoptac.testsupport.IssuerClient;
import vn.hoptac.testsupport.KafkaTestConsumer;
import vn.hoptac.testsupport.TestInfrastructure;

/**
 * The seeds' Đắk Nông 2024 Action Month through the running campaign jar, on real Kafka and the
 * store, as an alliance of Lâm Đồng (68) runs it now: the README's loader (deploy/samples) puts plan
 * 123/KH-LMHTX and its ten activities in through the public API, with the newsletter issues 44 and 45,
 * the seminar for Cooperative Day, activities done and one cancelled; the member admission due before
 * 10 April is left open and the overdue check for 11 April marks it. Every event is valid against its schema.
 */
class DakNongCampaignScenarioIT {

    @TempDir
    Path work;

    @Test
    void theActionMonthPlan123OfDakNongFromDraftToTheOverdueMemberAdmission() throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        infrastructure.createTopics(List.of("campaigns.events"), 6);
        LocalStore store = LocalStore.inMemory(work.resolve("store"), Ports.freePort()).start();
        int issuerPort = Ports.freePort();
        String issuerUrl = "http://127.0.0.1:" + issuerPort;
        ServiceProcess issuer = start("issuer", System.getProperty("issuer.jar"), issuerPort, Map.of("HOPTAC_ISSUER_URL",
                issuerUrl, "HOPTAC_ISSUER_PROVINCES", "68"));
        int port = Ports.freePort();
        ServiceProcess campaigns = start("campaign", System.getProperty("campaign.jar"), port, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(), "MONGODB_URI", store.uri("campaign"),
                "HOPTAC_ALLIANCE_PROVINCE_CODE", "68", "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuerUrl));
        try {
            String base = "http://127.0.0.1:" + port;
            String loaded = load(base, issuerUrl);
            assertThat(loaded).startsWith("Loaded plan 123/KH-LMHTX: " + base + "/api/v1/plans/")
                    .contains("\"activitiesMarked\":1");
            String planPath = loaded.substring(loaded.indexOf("/api/v1/plans/"), loaded.indexOf(" (overdue"));
            String planId = planPath.substring(planPath.lastIndexOf('/') + 1);

            Http api = new Http(base).as(new IssuerClient(issuerUrl, "demo").bearer("viewer-68"));
            JsonNode plan = api.get(planPath).json();
            assertThat(plan.get("number").asString()).isEqualTo("123/KH-LMHTX");
            assertThat(plan.get("issuedOn").asString()).isEqualTo("2024-02-27");
            assertThat(plan.get("implementsPlanNumber").asString()).isEqualTo("70/KH-BTVLMHTXVN");
            assertThat(plan.get("theme").asString()).isEqualTo("Vì sự phát triển bền vững của Hợp tác xã");
            assertThat(plan.get("peakFrom").asString() + "/" + plan.get("peakTo").asString()).isEqualTo("2024-03-29/2024-04-29");
            JsonNode activities = plan.get("activities");
            assertThat(activities).hasSize(10);
            assertThat(activities.valueStream().map(a -> a.get("category").asString()).toList()).containsExactly(
                    "PRESS_AND_MEDIA_PROPAGANDA", "DIRECT_PROPAGANDA_CONFERENCE", "NEWSLETTER_ISSUE", "SEMINAR",
                    "SUPPORT_AND_DISBURSEMENT", "ADMISSION_OF_MEMBERS", "DIALOGUE_CONFERENCE", "ATTENDING_NATIONAL_EVENTS",
                    "FUND_REORGANISATION", "NATIONAL_TARGET_PROGRAMME");
            assertThat(activities.valueStream().map(a -> a.get("status").asString()).toList()).containsExactly(
                    "PLANNED", "PLANNED", "DONE", "DONE", "DONE", "IN_PROGRESS", "CANCELLED", "PLANNED", "PLANNED", "PLANNED");
            JsonNode admission = activities.get(5);
            assertThat(admission.get("windowTo").asString()).isEqualTo("2024-04-10");
            assertThat(admission.get("overdue").asBoolean()).isTrue();
            assertThat(admission.get("formerProvinceCode").asString()).isEqualTo("67");
            assertThat(activities.get(7).get("overdue").asBoolean()).as("attending national events runs to 29 April").isFalse();
            assertThat(plan.get("overdueActivities").asInt()).isEqualTo(1);

            JsonNode newsletters = api.get("/api/v1/publications?planId=" + planId).json();
            assertThat(newsletters.valueStream().map(n -> n.get("issueNumber").asInt() + " " + n.get("preparedFrom").asString()
                    + "–" + n.get("preparedTo").asString() + " published " + n.get("publishedOn").asString()).toList())
                    .containsExactly("44 2024-03-01–2024-04-10 published 2024-04-10",
                            "45 2024-07-01–2024-09-30 published 2024-09-30");
            JsonNode seminar = api.get("/api/v1/gatherings?planId=" + planId + "&activityNumber=4").json();
            assertThat(seminar).singleElement().satisfies(s -> assertThat(s.get("heldOn").asString()).isEqualTo("2024-04-10"));

            String version = api.get(planPath).header("ETag");
            assertThat(load(base, issuerUrl)).startsWith("Already loaded: ");
            assertThat(api.get(planPath).header("ETag")).as("loading again changes nothing").isEqualTo(version);

            var events = new KafkaTestConsumer().readUntil("campaigns.events", all -> all.stream()
                    .anyMatch(r -> planId.equals(r.key()) && Campaigns.PLAN_ACTIVITY_OVERDUE.equals(
                            KafkaTestConsumer.header(r, "ce_type"))), Duration.ofSeconds(60));
            EventSchemaValidator validator = new EventSchemaValidator();
            for (var record : events) {
                String type = KafkaTestConsumer.header(record, "ce_type");
                assertThat(validator.validate(type, record.value())).as("schema errors of %s", type).isEmpty();
                assertThat(KafkaTestConsumer.header(record, "ce_source")).isEqualTo("/provinces/68/campaigns");
            }
            Map<String, Long> planEvents = events.stream().filter(r -> planId.equals(r.key()))
                    .collect(Collectors.groupingBy(r -> KafkaTestConsumer.header(r, "ce_type"), Collectors.counting()));
            assertThat(planEvents).containsEntry(Campaigns.PLAN_DRAFTED, 1L).containsEntry(Campaigns.PLAN_ISSUED, 1L)
                    .containsEntry(Campaigns.PLAN_ACTIVITY_ADDED, 10L).containsEntry(Campaigns.PLAN_ACTIVITY_COMPLETED, 3L)
                    .containsEntry(Campaigns.PLAN_ACTIVITY_CANCELLED, 1L).containsEntry(Campaigns.PLAN_ACTIVITY_OVERDUE, 1L);
            assertThat(events.stream().map(r -> KafkaTestConsumer.header(r, "ce_type")).collect(Collectors.toSet()))
                    .contains(Campaigns.PUBLICATION_RECORDED, Campaigns.PUBLICATION_PUBLISHED, Campaigns.GATHERING_RECORDED);
        } finally {
            campaigns.stop();
            issuer.stop();
            store.stop();
        }
    }

    /** Runs the README's command, {@code java deploy/samples/LoadDakNong2024.java}, and answers what it printed. */
    private String load(String base, String issuerUrl) throws IOException, InterruptedException {
        String loader = System.getProperty("campaign.loader");
        assertThat(loader).as("the loader's path (failsafe sets it)").isNotNull();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = work.resolve("loader-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(java.toString(), loader, base, issuerUrl).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the loader finished").isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as(printed).isZero();
        return printed.lines().reduce((first, last) -> last).orElse("");
    }

    private ServiceProcess start(String name, String jar, int port, Map<String, String> environment) {
        assertThat(jar).as("the %s jar's path (failsafe sets it)", name).isNotNull();
        Map<String, String> all = new java.util.HashMap<>(environment);
        all.put("SERVER_PORT", Integer.toString(port));
        ServiceProcess process = new ServiceProcess(name, Path.of(jar), all, Map.of(), work.resolve(name + ".log"));
        process.start().awaitReady(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"), Duration.ofSeconds(120));
        return process;
    }
}
