package org.charterconsole.estimate;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LogNormalTest {

    private static final double MU = Math.log(300);
    private static final double SIGMA = 0.5;

    @Test
    void withNoCallsUnderwayTheEndedCallsAreAllThereIs() {
        assertThat(LogNormal.logMeanWithCallsUnderway(MU, SIGMA, 5, List.of())).isEqualTo(MU);
    }

    @Test
    void callsStillGoingOnEarlyInTheDayPutBackTheLongCallsTheEndedOnesMiss() {
        // Ten minutes into the day: calls of about 300 s started at random; the ones over are the short ones.
        SplittableRandom random = new SplittableRandom(11);
        double endedLogSum = 0;
        int ended = 0;
        List<Double> underway = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            double startedAgo = 600 * random.nextDouble();
            double talk = LogNormal.sample(MU, SIGMA, random);
            if (talk <= startedAgo) {
                endedLogSum += Math.log(talk);
                ended++;
            } else {
                underway.add(startedAgo);
            }
        }
        double endedOnly = endedLogSum / ended;

        double withUnderway = LogNormal.logMeanWithCallsUnderway(endedOnly, SIGMA, ended, underway);

        assertThat(endedOnly).isLessThan(MU - 0.2);
        assertThat(withUnderway).isCloseTo(MU, within(0.05));
    }
}
