package org.charterconsole.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The dispatcher between live changes and open tabs: latest value only, off the producer, inside UI.access. */
class UiPushDispatcherTest {

    private final List<Runnable> due = new ArrayList<>();
    private final List<Long> delays = new ArrayList<>();
    private final UiPushDispatcher dispatcher = new UiPushDispatcher((delay, task) -> {
        delays.add(delay);
        due.add(task);
    }, 0);
    private final List<Integer> prepared = new CopyOnWriteArrayList<>();
    private final List<Integer> applied = new CopyOnWriteArrayList<>();
    private final List<Boolean> appliedHoldingTheLock = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void valuesOfferedBeforeADeliveryCoalesceToTheLatest() {
        UiPushDispatcher.Feed<Integer> feed = open(UI.getCurrent());

        feed.offer(1);
        feed.offer(2);
        feed.offer(3);
        runDue();
        MockVaadin.clientRoundtrip();

        assertThat(prepared).containsExactly(3);
        assertThat(applied).containsExactly(3);
    }

    @Test
    void aTabHasAtMostOneUpdateWaitingForItsLock() {
        UiPushDispatcher.Feed<Integer> feed = open(UI.getCurrent());
        feed.offer(1);
        runDue();

        feed.offer(2);
        feed.offer(3);
        assertThat(due).as("nothing more is scheduled while the first update waits for the UI").isEmpty();

        MockVaadin.clientRoundtrip();
        assertThat(applied).containsExactly(1);
        runDue();
        MockVaadin.clientRoundtrip();

        assertThat(applied).containsExactly(1, 3);
    }

    @Test
    void offeringReturnsAtOnceAndTheViewIsTouchedOnlyInsideUiAccess() throws Exception {
        UiPushDispatcher direct = UiPushDispatcher.direct();
        UI ui = UI.getCurrent();
        UiPushDispatcher.Feed<Integer> feed = direct.open(ui, value -> {
            prepared.add(value);
            return value;
        }, this::apply);

        Thread producer = new Thread(() -> feed.offer(7), "live-state");
        producer.start();
        producer.join(5_000);

        assertThat(producer.isAlive()).isFalse();
        assertThat(prepared).containsExactly(7);
        assertThat(applied).as("the test holds the UI lock, so nothing is applied yet").isEmpty();

        MockVaadin.clientRoundtrip();

        assertThat(applied).containsExactly(7);
        assertThat(appliedHoldingTheLock).containsOnly(true);
    }

    @Test
    void updatesComeNoOftenerThanThePushInterval() {
        long interval = 200_000_000L;
        UiPushDispatcher paced = new UiPushDispatcher((delay, task) -> {
            delays.add(delay);
            due.add(task);
        }, interval);
        UiPushDispatcher.Feed<Integer> feed = paced.open(UI.getCurrent(), value -> value, this::apply);

        feed.offer(1);
        runDue();
        MockVaadin.clientRoundtrip();
        feed.offer(2);

        assertThat(delays).hasSize(2);
        assertThat(delays.get(0)).isZero();
        assertThat(delays.get(1)).isGreaterThan(interval / 2);
    }

    @Test
    void aFeedClosesWhenItsUiDetachesAndThenIgnoresOffers() {
        UiPushDispatcher.Feed<Integer> feed = open(UI.getCurrent());
        assertThat(dispatcher.openFeeds()).isEqualTo(1);

        MockVaadin.INSTANCE.closeCurrentUI(true);
        feed.offer(1);

        assertThat(dispatcher.openFeeds()).isZero();
        assertThat(due).isEmpty();
    }

    @Test
    void aClosedFeedDropsAnUpdateAlreadyOnItsWay() {
        UiPushDispatcher.Feed<Integer> feed = open(UI.getCurrent());
        feed.offer(1);
        runDue();

        feed.close();
        MockVaadin.clientRoundtrip();

        assertThat(applied).isEmpty();
    }

    @Test
    void deliveriesCanBeTimedStageByStageForTheViewThatDeclaredThem() {
        List<DeliveryTimes> times = new CopyOnWriteArrayList<>();
        dispatcher.timeDeliveries(times::add);
        UiPushDispatcher.Feed<Integer> feed = open(UI.getCurrent());

        feed.offer(1);
        runDue();
        assertThat(times).as("reported once the update has run").isEmpty();
        MockVaadin.clientRoundtrip();

        assertThat(times).singleElement().satisfies(delivery -> {
            assertThat(delivery.view()).isEqualTo("UiPushDispatcherTest");
            assertThat(delivery.pushed()).as("run later by the thread holding the lock").isEqualTo(-1);
            assertThat(List.of(delivery.waitedForTurn(), delivery.prepared(), delivery.waitedForLock(),
                    delivery.applied())).allMatch(nanos -> nanos >= 0);
        });
    }

    private UiPushDispatcher.Feed<Integer> open(UI ui) {
        return dispatcher.open(ui, value -> {
            prepared.add(value);
            return value;
        }, this::apply);
    }

    private void apply(Integer value) {
        VaadinSession session = VaadinSession.getCurrent();
        appliedHoldingTheLock.add(session != null && session.hasLock());
        applied.add(value);
    }

    private void runDue() {
        List<Runnable> now = List.copyOf(due);
        due.clear();
        now.forEach(Runnable::run);
    }
}
