package vn.hoptac.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The MongoDB-compatible store ({@code mongo-java-server}) as a program of its own, on 127.0.0.1.
 *
 * <p>Usage: {@code StoreServer --port N (--data-file PATH | --in-memory)}. Prints
 * {@code store ready on 127.0.0.1:N} once it listens. SIGTERM shuts it down cleanly, closing the H2 file.
 */
public final class StoreServer {

    private StoreServer() {
    }

    public static void main(String[] args) {
        int port = -1;
        Path dataFile = null;
        boolean inMemory = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data-file" -> dataFile = Path.of(args[++i]).toAbsolutePath();
                case "--in-memory" -> inMemory = true;
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (port < 0 || inMemory == (dataFile != null)) {
            usage("give --port and exactly one of --data-file, --in-memory");
        }
        try {
            MongoServer server = new MongoServer(inMemory ? new MemoryBackend() : openFile(dataFile));
            server.bind("127.0.0.1", port);
            // MongoServer.shutdown() also closes the backend, which writes the H2 file completely.
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "store-shutdown"));
            System.out.println("store ready on 127.0.0.1:" + port);
        } catch (Exception e) {
            // Netty's threads would keep a half-started server alive: exit explicitly.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static MongoBackend openFile(Path dataFile) throws Exception {
        Files.createDirectories(dataFile.getParent());
        return new CommitEachWriteH2Backend(dataFile.toString());
    }

    private static void usage(String problem) {
        System.err.println("StoreServer: " + problem);
        System.err.println("usage: StoreServer --port N (--data-file PATH | --in-memory)");
        System.exit(2);
    }

    /**
     * The H2 backend commits its MVStore only about once a second, so a hard kill of the store could
     * lose writes it had acknowledged. Committing before the reply leaves the change in the file (the
     * OS page cache), which survives the process; reads find nothing unsaved and commit nothing.
     */
    static final class CommitEachWriteH2Backend extends H2Backend {

        CommitEachWriteH2Backend(String fileName) {
            super(fileName);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            try {
                return super.handleCommand(channel, databaseName, command, query);
            } finally {
                if (getMvStore().hasUnsavedChanges()) {
                    commit();
                }
            }
        }
    }
}
