package org.charterconsole.estimate;

import org.charterconsole.queue.CallRecord;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.WaitEstimates;
import org.charterconsole.queue.WaitEstimator;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Estimates waits by running the floor forward from the live snapshot many times ({@link Projection})
 * and taking, for every caller, the median of when an agent reached them: the median, because it is
 * the single figure that is off by the least on average. The runs are seeded the same way every time,
 * so the same picture always gives the same estimates.
 */
@Component
public class ProjectedWaitEstimator implements WaitEstimator {

    private static final long SEED = 0x5EED_CA11L;

    private final EstimateProperties properties;

    public ProjectedWaitEstimator(EstimateProperties properties) {
        this.properties = properties;
    }

    @Override
    public WaitEstimates estimate(LiveSnapshot snapshot) {
        FloorPicture floor = new FloorPicture(snapshot, properties);
        Projection projection = new Projection(floor, MAX_SECONDS);
        int runs = properties.projections();
        double[][] reached = new double[projection.targetCount()][runs];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int run = 0; run < runs; run++) {
            double[] times = projection.run(random.split());
            for (int target = 0; target < times.length; target++) {
                reached[target][run] = times[target];
            }
        }
        Map<CallRecord.Key, Long> remaining = new HashMap<>();
        int target = 0;
        for (List<FloorPicture.Caller> callers : floor.callers) {
            for (FloorPicture.Caller caller : callers) {
                remaining.put(caller.key(), median(reached[target++]));
            }
        }
        Map<String, Long> joining = new HashMap<>();
        for (FloorPicture.Queue queue : floor.queues) {
            joining.put(queue.name(), median(reached[target++]));
        }
        return new WaitEstimates(remaining, joining);
    }

    private static long median(double[] values) {
        Arrays.sort(values);
        int middle = values.length / 2;
        double median = values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        return Math.min(MAX_SECONDS, Math.round(median));
    }
}
