package org.charterconsole.wallboard;

import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.QueueFigures;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The whole wallboard at one moment: header state and a tile per live queue, in the snapshot's order. */
record WallboardBoard(Instant at, boolean centreOpen, boolean pbxConnected, List<TileFigures> tiles) {

    WallboardBoard {
        tiles = List.copyOf(tiles);
    }

    static WallboardBoard of(LiveSnapshot snapshot, Map<String, QueueFigures> today, boolean centreOpen,
                             Function<String, WaitingTrend> trends, Clock clock) {
        List<TileFigures> tiles = snapshot.queues().stream()
                .map(queue -> TileFigures.of(queue, today.getOrDefault(queue.name(), nothingYet(queue)),
                        trends.apply(queue.name()), clock))
                .toList();
        return new WallboardBoard(clock.instant(), centreOpen, snapshot.pbxConnected(), tiles);
    }

    /** No calls today: nobody has been failed, so both rates stand at 100 as in the charter figures. */
    private static QueueFigures nothingYet(LiveQueue queue) {
        return new QueueFigures(queue.name(), 0, 0, 0, 0, 0, 100, 100, 0);
    }
}
