package org.charterconsole.queue;

import org.charterconsole.pbx.PbxEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.charterconsole.queue.PbxEvents.*;

/**
 * Throughput of the live state (events/s) and of the call record writer (records/s) on this machine.
 * Run with {@code mvn -Pbenchmark test}; prints the figures and writes them to target/benchmarks/.
 * No assertions on speed.
 */
@QueueDatabaseTest
class LiveStateBenchmark {

    private static final String[] QUEUES = {"elas", "council-tax", "benefits", "housing", "general"};
    private static final int CALLS = 100_000;

    private final CallRecordStore store;
    private final JdbcTemplate jdbc;

    @Autowired
    LiveStateBenchmark(CallRecordStore store, JdbcTemplate jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /** A day's shape: each call joins, is rung, answered and completed, or abandons; about 20 wait at once. */
    private static List<PbxEvent> traffic(String prefix, int calls) {
        List<PbxEvent> events = new ArrayList<>(calls * 5);
        for (int i = 0; i < calls; i++) {
            String queue = QUEUES[i % QUEUES.length];
            String id = prefix + i;
            events.add(joined(i, queue, id, 5, 5));
            if (i >= 20) {
                int done = i - 20;
                String doneId = prefix + done;
                String doneQueue = QUEUES[done % QUEUES.length];
                if (done % 7 == 0) {
                    events.add(abandoned(i, doneQueue, doneId, 20));
                    events.add(left(i, doneQueue, doneId));
                } else {
                    events.add(called(i, doneQueue, doneId, "PJSIP/" + (done % 30)));
                    events.add(left(i, doneQueue, doneId));
                    events.add(connected(i, doneQueue, doneId, "PJSIP/" + (done % 30), 20));
                    events.add(completed(i + 200, doneQueue, doneId, "PJSIP/" + (done % 30), 20, 200));
                }
            }
        }
        return events;
    }

    @Test
    void liveStateAndCallRecordThroughput() throws Exception {
        Clock clock = Clock.fixed(at(0), ZoneId.of("Europe/London"));
        List<PbxEvent> warmUp = traffic("warm-", 20_000);
        List<PbxEvent> events = traffic("bench-" + System.nanoTime() + "-", CALLS);
        List<CallRecord> records = new ArrayList<>();

        LiveState live = new LiveState(clock, ServiceTarget::standardFor, List.of(r -> { }));
        live.start();
        warmUp.forEach(live::accept);
        live.awaitApplied(Duration.ofMinutes(2));
        long start = System.nanoTime();
        events.forEach(live::accept);
        live.awaitApplied(Duration.ofMinutes(5));
        double eventsPerSecond = events.size() / ((System.nanoTime() - start) / 1e9);
        live.stop();

        LiveState recording = new LiveState(clock, ServiceTarget::standardFor, List.of(records::add));
        recording.start();
        events.forEach(recording::accept);
        recording.awaitApplied(Duration.ofMinutes(5));
        recording.stop();

        CallRecordWriter writer = new CallRecordWriter(store);
        writer.start();
        start = System.nanoTime();
        records.forEach(writer::recorded);
        writer.awaitIdle(Duration.ofMinutes(10));
        double recordsPerSecond = records.size() / ((System.nanoTime() - start) / 1e9);
        writer.stop();
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM call_record", Integer.class);

        String result = String.format(Locale.ROOT,
                "LiveState: %d events in %.0f events/s%nCallRecordWriter: %d record changes (%d rows) in %.0f records/s%n",
                events.size(), eventsPerSecond, records.size(), rows, recordsPerSecond);
        System.out.print(result);
        write(result);
    }

    private static void write(String result) throws IOException {
        Path dir = Path.of("target/benchmarks");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("live-state.txt"), result);
    }
}
