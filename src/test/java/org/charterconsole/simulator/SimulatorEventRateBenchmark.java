package org.charterconsole.simulator;

import org.junit.jupiter.api.Test;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** How fast the simulator can feed one AMI session (the ceiling for adapter benchmarks). Run with -Pbenchmark. */
class SimulatorEventRateBenchmark {

    private static final int EVENTS = 1_000_000;

    @Test
    void events_per_second_to_one_bare_socket_reader() throws Exception {
        MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 30, 10, 0));
        try (PbxSimulator simulator = new PbxSimulator(
                SimulatorProperties.manual(LocalDateTime.of(2026, 11, 30, 10, 0)), clock).start();
             Socket socket = new Socket("127.0.0.1", simulator.endpoint().port())) {
            socket.getOutputStream().write(("Action: Login\r\nUsername: console\r\nSecret: "
                    + simulator.endpoint().secret() + "\r\nEvents: on\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            countMessages(in, 2); // the login response and FullyBooted

            long started = System.nanoTime();
            Thread pump = new Thread(() -> {
                try {
                    simulator.pumpEvents(EVENTS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            pump.start();
            long received = countMessages(in, EVENTS);
            double seconds = (System.nanoTime() - started) / 1e9;
            pump.join();

            assertThat(received).isEqualTo(EVENTS);
            String result = "simulator -> bare socket reader: %d events in %.2f s = %.0f events/s%n"
                    .formatted(EVENTS, seconds, EVENTS / seconds);
            System.out.print(result);
            Path out = Path.of("target/benchmarks/simulator-event-rate.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, result);
        }
    }

    /** Counts messages by their terminating empty line; the banner line has none. */
    private static long countMessages(InputStream in, long wanted) throws Exception {
        long messages = 0;
        int previous = -1;
        int beforePrevious = -1;
        byte[] buffer = new byte[1 << 16];
        int read;
        while (messages < wanted && (read = in.read(buffer)) != -1) {
            for (int i = 0; i < read; i++) {
                int b = buffer[i];
                if (b == '\n' && previous == '\r' && beforePrevious == '\n') {
                    messages++;
                }
                beforePrevious = previous;
                previous = b;
            }
        }
        return messages;
    }
}
