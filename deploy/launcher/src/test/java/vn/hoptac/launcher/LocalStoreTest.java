package vn.hoptac.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

class LocalStoreTest {

    @TempDir
    Path dir;

    @Test
    void persistsToTheH2FileAcrossACleanStop() {
        Path file = dir.resolve("store/hoptac.mv");
        LocalStore store = LocalStore.persistent(file, Ports.freePort());
        try {
            store.start();
            assertThat(Ports.isListening(store.port())).isTrue();
            assertThat(store.uri("registry")).isEqualTo("mongodb://127.0.0.1:" + store.port() + "/registry");
            assertThat(store.logTail(5)).contains("store ready on 127.0.0.1:" + store.port());
            insert(store, "coop-1");

            store.stop();
            assertThat(store.isAlive()).isFalse();
            assertThat(Ports.isListening(store.port())).isFalse();
            assertThat(file).isRegularFile();

            store.start();
            assertThat(names(store)).containsExactly("coop-1");
        } finally {
            store.kill();
        }
    }

    @Test
    void keepsAcknowledgedWritesWhenKilledHard() {
        LocalStore store = LocalStore.persistent(dir.resolve("hoptac.mv"), Ports.freePort());
        try {
            store.start();
            insert(store, "coop-1");
            insert(store, "coop-2");

            store.kill(); // at once: H2's once-a-second background commit has no chance to run

            store.start();
            assertThat(names(store)).containsExactlyInAnyOrder("coop-1", "coop-2");
        } finally {
            store.kill();
        }
    }

    @Test
    void anInMemoryStoreStartsEmptyEveryTime() throws Exception {
        LocalStore store = LocalStore.inMemory(dir, Ports.freePort());
        try {
            store.start();
            insert(store, "coop-1");
            store.stop();

            store.start();
            assertThat(names(store)).isEmpty();
            assertThat(store.dataFile()).isNull();
            try (var files = Files.list(dir)) {
                assertThat(files.map(path -> path.getFileName().toString())).doesNotContain("hoptac.mv");
            }
        } finally {
            store.kill();
        }
    }

    private static void insert(LocalStore store, String name) {
        try (MongoClient client = MongoClients.create(store.uri("registry"))) {
            organisations(client).insertOne(new Document("name", name));
        }
    }

    private static java.util.List<String> names(LocalStore store) {
        try (MongoClient client = MongoClients.create(store.uri("registry"))) {
            return organisations(client).find().map(document -> document.getString("name")).into(new java.util.ArrayList<>());
        }
    }

    private static MongoCollection<Document> organisations(MongoClient client) {
        return client.getDatabase("registry").getCollection("organisations");
    }
}
