package vn.hoptac.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aFreePortIsFreeAndNotListening() {
        int port = Ports.freePort();

        assertThatCode(() -> Ports.requireFree(port, "test")).doesNotThrowAnyException();
        assertThat(Ports.isListening(port)).isFalse();
    }

    @Test
    void aTakenPortIsReportedWithTheVariableThatMovesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThat(Ports.isListening(port)).isTrue();
            assertThatThrownBy(() -> Ports.requireFree(port, "Kafka", "HOPTAC_KAFKA_PORT"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Port " + port + " (Kafka) is already in use: stop whatever uses it"
                            + " or set HOPTAC_KAFKA_PORT");
        }
    }
}
