package org.charterconsole.telephony;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import io.micrometer.core.instrument.MeterRegistry;
import org.asteriskjava.manager.event.ManagerEvent;
import org.charterconsole.pbx.PbxLink;
import org.charterconsole.queue.CallRecordWriter;
import org.charterconsole.queue.LiveState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AMI events per second: the same Asterisk-shaped stream read (a) by a bare asterisk-java
 * ManagerConnection whose listener only counts, and (b) through the whole console path:
 * adapter → live state → call records in MariaDB. Run with {@code mvn -Pbenchmark test};
 * results go to standard output and {@code target/benchmarks/ami-throughput.txt}.
 */
@SpringBootTest(properties = {
        "console.pbx.mode=asterisk",
        "console.pbx.username=bench",
        "console.pbx.secret=bench",
        "console.pbx.resync-interval=1h",
        "console.pbx.ping-interval=1h"})
class AmiThroughputBenchmark {

    private static final int CALLS_PER_ROUND = 40_000;
    private static final int ROUNDS = 5;
    private static final BlastServer SERVER = startServer();

    @Autowired
    private PbxLink link;
    @Autowired
    private LiveState liveState;
    @Autowired
    private CallRecordWriter recordWriter;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void pbx(DynamicPropertyRegistry registry) {
        registry.add("console.pbx.host", () -> "127.0.0.1");
        registry.add("console.pbx.port", SERVER::port);
    }

    @AfterAll
    static void stopServer() throws IOException {
        SERVER.close();
    }

    @Test
    void eventsPerSecondBareAndThroughTheWholeConsole() throws Exception {
        await(() -> link.status().connected(), "the console's AMI link");

        List<Double> console = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        int firstCall = 0;
        // A warm-up round each, then alternate so both see the same machine conditions.
        runThroughConsole(firstCall);
        firstCall += CALLS_PER_ROUND + AmiEventStream.WAITING;
        runBare(firstCall);
        for (int round = 0; round < ROUNDS; round++) {
            firstCall += CALLS_PER_ROUND + AmiEventStream.WAITING;
            console.add(runThroughConsole(firstCall));
            firstCall += CALLS_PER_ROUND + AmiEventStream.WAITING;
            bare.add(runBare(firstCall));
        }
        long records = jdbc.queryForObject("select count(*) from call_record", Long.class);
        report(bare, console, records);
        assertThat(records).as("every call of every round has exactly one record")
                .isEqualTo((long) (ROUNDS + 1) * CALLS_PER_ROUND);
        assertThat(jdbc.queryForObject("select count(*) from call_record where outcome = 'ANSWERED'", Long.class))
                .as("nine calls in ten were answered, none lost on the way")
                .isEqualTo((long) (ROUNDS + 1) * CALLS_PER_ROUND * 9 / 10);
        assertThat(meters.counter("console_ami_events_dropped_total").count()).as("events dropped").isZero();
    }

    private double runThroughConsole(int firstCall) throws Exception {
        AmiEventStream stream = AmiEventStream.ofCalls(firstCall, CALLS_PER_ROUND);
        await(() -> SERVER.loggedIn() == 1, "only the console's session");
        long before = link.status().eventsReceived();
        long start = System.nanoTime();
        SERVER.blast(stream.bytes());
        await(() -> link.status().eventsReceived() - before >= stream.events(), "events through the adapter");
        liveState.awaitApplied(Duration.ofMinutes(2));
        recordWriter.awaitIdle(Duration.ofMinutes(2));
        return stream.events() / seconds(start);
    }

    private double runBare(int firstCall) throws Exception {
        AmiEventStream stream = AmiEventStream.ofCalls(firstCall, CALLS_PER_ROUND);
        AtomicLong counted = new AtomicLong();
        ManagerConnection bare = new ManagerConnectionFactory("127.0.0.1", SERVER.port(), "bench", "bench")
                .createManagerConnection();
        bare.addEventListener((ManagerEvent event) -> counted.incrementAndGet());
        bare.login();
        try {
            long base = counted.get();
            long start = System.nanoTime();
            SERVER.blastTo(bare.getLocalPort(), stream.bytes());
            await(() -> counted.get() - base >= stream.events(), "events through the bare listener");
            return stream.events() / seconds(start);
        } finally {
            bare.logoff();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Gave up waiting for " + what);
            }
            Thread.sleep(1);
        }
    }

    private static void report(List<Double> bare, List<Double> console, long records) throws IOException {
        double bareMedian = median(bare);
        double consoleMedian = median(console);
        String text = """
                AMI throughput, %d rounds of %d calls (%d events each), median of rounds
                  bare asterisk-java listener : %,10.0f events/s   rounds %s
                  whole console path          : %,10.0f events/s   rounds %s
                  console / bare              : %5.1f %%
                  call records written        : %d
                """.formatted(ROUNDS, CALLS_PER_ROUND, AmiEventStream.ofCalls(0, CALLS_PER_ROUND).events(),
                bareMedian, rounded(bare), consoleMedian, rounded(console), 100 * consoleMedian / bareMedian, records);
        System.out.println(text);
        Path out = Files.createDirectories(Path.of("target/benchmarks")).resolve("ami-throughput.txt");
        Files.writeString(out, text);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }

    private static BlastServer startServer() {
        try {
            return new BlastServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
