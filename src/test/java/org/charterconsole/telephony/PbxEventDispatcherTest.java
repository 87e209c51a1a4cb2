package org.charterconsole.telephony;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.charterconsole.pbx.PbxEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PbxEventDispatcherTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CountDownLatch sinkMayGoOn = new CountDownLatch(1);
    private final RecordingSink recorded = new RecordingSink();
    private final AtomicInteger resyncsRequested = new AtomicInteger();
    private final CountDownLatch sinkEntered = new CountDownLatch(1);
    private final PbxEventDispatcher dispatcher = new PbxEventDispatcher(2, List.of(event -> {
        sinkEntered.countDown();
        await().until(() -> sinkMayGoOn.getCount() == 0);
        recorded.accept(event);
    }), meters, resyncsRequested::incrementAndGet);

    @AfterEach
    void stop() {
        sinkMayGoOn.countDown();
        dispatcher.stop();
    }

    private static PbxEvent down(int n) {
        return new PbxEvent.LinkDown(Instant.EPOCH, "event " + n);
    }

    @Test
    void a_full_queue_drops_and_counts_events_and_asks_for_a_resync_once_drained() {
        dispatcher.start();
        dispatcher.dispatch(down(0));
        await().until(() -> sinkEntered.getCount() == 0); // the sink holds event 0 while the queue fills
        for (int n = 1; n <= 5; n++) {
            dispatcher.dispatch(down(n));
        }

        assertThat(dispatcher.droppedCount()).isEqualTo(3);
        assertThat(meters.get("console_ami_events_dropped_total").counter().count()).isEqualTo(dispatcher.droppedCount());
        assertThat(resyncsRequested).hasValue(0);

        sinkMayGoOn.countDown();
        await().until(() -> resyncsRequested.get() == 1);
        assertThat(recorded.events()).hasSize(3);
    }

    @Test
    void events_reach_every_sink_in_order_on_the_dispatcher_thread() {
        RecordingSink second = new RecordingSink();
        PbxEventDispatcher two = new PbxEventDispatcher(10, List.of(recorded, second), meters, () -> { });
        two.start();
        for (int n = 0; n < 5; n++) {
            two.dispatch(down(n));
        }

        await().until(() -> second.events().size() == 5);
        two.stop();
        assertThat(recorded.events()).isEqualTo(second.events())
                .extracting(e -> ((PbxEvent.LinkDown) e).reason()).startsWith("event 0", "event 1");
        assertThat(second.threads()).containsExactly("pbx-event-dispatcher");
        assertThat(two.droppedCount()).isZero();
    }
}
