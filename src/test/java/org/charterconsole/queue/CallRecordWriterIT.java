package org.charterconsole.queue;

import org.charterconsole.pbx.PbxEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterconsole.queue.PbxEvents.*;

@QueueDatabaseTest
class CallRecordWriterIT {

    private static final AtomicInteger RUN = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final AtomicBoolean databaseDown = new AtomicBoolean();
    private final AtomicInteger failedWrites = new AtomicInteger();
    private final CallRecordWriter writer;
    private final List<AutoCloseable> running = new ArrayList<>();
    /** Unique ids differ per test so tests sharing the database do not see each other's rows. */
    private final String prefix = "w" + RUN.incrementAndGet() + "-" + System.nanoTime() + "-";

    @Autowired
    CallRecordWriterIT(JdbcTemplate jdbc, CallRecordStore store) {
        this.jdbc = jdbc;
        this.writer = new CallRecordWriter(new CallRecordStore(jdbc) {
            @Override
            public void upsert(Collection<CallRecord> records) {
                if (databaseDown.get()) {
                    failedWrites.incrementAndGet();
                    throw new DataAccessResourceFailureException("database is down");
                }
                store.upsert(records);
            }
        });
        writer.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : running) {
            closeable.close();
        }
        writer.stop();
    }

    private void play(List<PbxEvent> events) throws InterruptedException {
        LiveState live = new LiveState(Clock.fixed(at(600), ZoneId.of("Europe/London")),
                ServiceTarget::standardFor, List.of(writer));
        live.start();
        running.add(live::stop);
        events.forEach(live::accept);
        assertThat(live.awaitApplied(Duration.ofSeconds(10))).isTrue();
        assertThat(writer.awaitIdle(Duration.ofSeconds(20))).isTrue();
    }

    private List<PbxEvent> aMorningOfCalls() {
        String a = prefix + "1";
        String b = prefix + "2";
        String c = prefix + "3";
        String d = prefix + "4";
        return List.of(
                joined(0, "general", a, 1, 1), joined(1, "general", b, 2, 2), joined(2, "general", c, 3, 3),
                joined(3, "general", d, 4, 4),
                called(10, "general", a, "PJSIP/201"), left(11, "general", a), connected(11, "general", a, "PJSIP/201", 11),
                abandoned(20, "general", b, 19), left(20, "general", b),
                callback(30, "general", c), abandoned(31, "general", c, 29), left(31, "general", c),
                completed(71, "general", a, "PJSIP/201", 11, 60));
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("""
                SELECT unique_id, outcome, wait_seconds, talk_seconds, agent_interface, answered_within_target,
                       caller_number, joined_at, left_at
                FROM call_record WHERE unique_id LIKE ? ORDER BY unique_id""", prefix + "%");
    }

    @Test
    void writesOneRowPerCallWithItsOutcome() throws InterruptedException {
        play(aMorningOfCalls());

        assertThat(rows()).extracting(r -> r.get("outcome"))
                .containsExactly("ANSWERED", "ABANDONED", "CALLBACK", "WAITING");
        Map<String, Object> answered = rows().get(0);
        assertThat(answered.get("wait_seconds")).isEqualTo(11L);
        assertThat(answered.get("talk_seconds")).isEqualTo(60L);
        assertThat(answered.get("agent_interface")).isEqualTo("PJSIP/201");
        assertThat(answered.get("answered_within_target")).isEqualTo(true);
    }

    @Test
    void replayingTheSameEventsChangesNothing() throws InterruptedException {
        play(aMorningOfCalls());
        List<Map<String, Object>> first = rows();

        play(aMorningOfCalls());

        assertThat(rows()).isEqualTo(first);
    }

    @Test
    void anOutcomeNeverMovesBackwards() throws InterruptedException {
        String id = prefix + "9";
        play(List.of(joined(0, "housing", id, 1, 1), left(5, "housing", id), connected(5, "housing", id, "PJSIP/7", 5)));
        play(List.of(joined(0, "housing", id, 1, 1), abandoned(9, "housing", id, 9)));
        play(List.of(joined(0, "housing", id, 1, 1)));

        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.get("outcome")).isEqualTo("ANSWERED");
            assertThat(row.get("wait_seconds")).isEqualTo(5L);
        });
    }

    @Test
    void recordsWaitWhileTheDatabaseIsDownAndAreWrittenWhenItReturns() throws InterruptedException {
        databaseDown.set(true);
        LiveState live = new LiveState(Clock.fixed(at(600), ZoneId.of("Europe/London")),
                ServiceTarget::standardFor, List.of(writer));
        live.start();
        running.add(live::stop);
        aMorningOfCalls().forEach(live::accept);
        assertThat(live.awaitApplied(Duration.ofSeconds(10))).isTrue();

        org.awaitility.Awaitility.await().until(() -> failedWrites.get() >= 2);
        assertThat(writer.backlog()).isPositive();
        assertThat(rows()).isEmpty();

        databaseDown.set(false);
        assertThat(writer.awaitIdle(Duration.ofSeconds(30))).isTrue();
        assertThat(writer.backlog()).isZero();
        assertThat(rows()).extracting(r -> r.get("outcome"))
                .containsExactly("ANSWERED", "ABANDONED", "CALLBACK", "WAITING");
    }
}
