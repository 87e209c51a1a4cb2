package org.charterconsole.estimate;

import org.charterconsole.queue.QueueHistory;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PatienceTest {

    private static final double PRIOR = 900;

    @Test
    void nobodyGivesUpInABandWhereNobodyWasSeenToAndTheRestFollowTheLaterRate() {
        Patience patience = new Patience(new int[] {0, 30}, new double[] {0, 0.01});

        double[] draws = draws(patience, 0);

        assertThat(draws[0]).isGreaterThanOrEqualTo(30);
        // Median: 30 s without risk, then ln 2 / 0.01 s more.
        assertThat(draws[draws.length / 2]).isCloseTo(30 + Math.log(2) / 0.01, within(5.0));
    }

    @Test
    void aCallerAlreadyPastTheQuietBandRunsTheRiskAtOnce() {
        Patience patience = new Patience(new int[] {0, 30}, new double[] {0, 0.01});

        double[] draws = draws(patience, 100);

        assertThat(draws[draws.length / 2]).isCloseTo(Math.log(2) / 0.01, within(5.0));
    }

    @Test
    void eachBandHasItsOwnRateOnceWellSeenAndTheQueuesOverallRateUntilThen() {
        QueueHistory seen = new QueueHistory(0, 5, 0.5, 100, 1000, 270_000, 20, List.of(
                new QueueHistory.WaitBand(0, 0, 180_000),
                new QueueHistory.WaitBand(30, 1000, 90_000),
                new QueueHistory.WaitBand(120, 0, 0)));

        Patience patience = Patience.of(seen, PRIOR);

        double overall = 1001 / (270_000 + PRIOR);
        assertThat(patience.ratePerSecond()[0]).isLessThan(overall / 100);
        assertThat(patience.ratePerSecond()[1]).isCloseTo(1 / 90.0, within(1 / 90.0 / 50));
        assertThat(patience.ratePerSecond()[2]).isCloseTo(overall, within(1e-12));
    }

    private static double[] draws(Patience patience, double waited) {
        SplittableRandom random = new SplittableRandom(7);
        double[] draws = new double[4001];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = patience.secondsUntilGivingUp(waited, random);
        }
        Arrays.sort(draws);
        return draws;
    }
}
