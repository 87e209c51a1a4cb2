package org.charterconsole;

import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.LiveSnapshot;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * For test contexts without the live state (e.g. a branch built before it): an empty, never-changing
 * set of queues, so views that read queues can still be opened. Used only when no other {@link LiveQueues} exists.
 */
@AutoConfiguration(after = TestClockAutoConfiguration.class)
public class TestLiveQueuesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(LiveQueues.class)
    LiveQueues emptyTestLiveQueues(Clock clock) {
        LiveSnapshot empty = LiveSnapshot.empty(clock.instant());
        return new LiveQueues() {
            @Override
            public LiveSnapshot snapshot() {
                return empty;
            }

            @Override
            public Subscription subscribe(java.util.function.Consumer<LiveSnapshot> listener) {
                return () -> {
                };
            }
        };
    }
}
