package org.charterconsole.simulator;

import java.time.Duration;

/** Runs work on the engine thread after some simulated time. */
@FunctionalInterface
interface EngineScheduler {
    void after(Duration simulated, Runnable task);
}
