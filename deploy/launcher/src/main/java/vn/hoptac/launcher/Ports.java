package vn.hoptac.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Finding and checking local TCP ports. */
public final class Ports {

    private static final String LOOPBACK = "127.0.0.1";

    private Ports() {
    }

    /** A port that was free a moment ago on 127.0.0.1 (the OS picks it). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port", e);
        }
    }

    /** Fails with a clear message if something already listens on {@code port}. */
    public static void requireFree(int port, String what) {
        requireFree(port, what, null);
    }

    /**
     * Fails with a clear message naming the environment variable that moves {@code what} elsewhere.
     *
     * @param environmentVariable the variable that overrides the port, or {@code null}
     */
    public static void requireFree(int port, String what, String environmentVariable) {
        // Binding the wildcard address also fails when something listens on 127.0.0.1 only, and vice versa.
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            String hint = environmentVariable == null ? "" : " or set " + environmentVariable;
            throw new IllegalStateException(
                    "Port " + port + " (" + what + ") is already in use: stop whatever uses it" + hint, e);
        }
    }

    /** Whether something accepts TCP connections on 127.0.0.1:{@code port}. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
