package vn.hoptac.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/** Stands in for a service jar in {@link ProcessInfrastructureTest}: readiness answers with its wiring. */
public final class FakeServiceApp {

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(
                new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = (System.getenv("KAFKA_BOOTSTRAP_SERVERS") + " " + System.getenv("MONGODB_URI"))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }
}
