package org.charterconsole.simulator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A queue floor for one test: on a clock the test moves, keeping every AMI event it sends, in order. */
abstract class QueueFloorFixture {

    protected final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 30, 10, 0));
    protected final List<AmiMessage> events = new ArrayList<>();
    protected final QueueFloor floor = new QueueFloor(clock, events::add);
}
