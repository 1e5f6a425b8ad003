package vn.hoptac.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/** Stands in for a service jar in {@link ServiceProcessTest}: a readiness endpoint on SERVER_PORT. */
public final class FakeService {

    public static void main(String[] args) throws IOException {
        if (System.getenv("FAKE_FAIL") != null) {
            System.out.println("fake service refuses to start");
            System.exit(3);
        }
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = (System.getenv("GREETING") + " " + System.getProperty("fake.flavour"))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("fake service stopping")));
        System.out.println("fake service started on " + port);
    }
}
