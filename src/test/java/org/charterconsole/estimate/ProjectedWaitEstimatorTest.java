package org.charterconsole.estimate;

import org.charterconsole.queue.CallRecord;
import org.charterconsole.queue.QueueHistory;
import org.charterconsole.queue.WaitEstimates;
import org.charterconsole.queue.WaitEstimator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProjectedWaitEstimatorTest {

    /** One call cycle: about 200 s of talk and 10 s of wrap-up before the next caller is answered. */
    private static final double CYCLE = FloorBuilder.TALK_SECONDS + FloorBuilder.TURNAROUND_SECONDS;
    /** An idle agent is rung at once; answering takes a few seconds. */
    private static final double ANSWER = 5;

    private final ProjectedWaitEstimator estimator = new ProjectedWaitEstimator(TestEstimateProperties.defaults());

    @Test
    void oneFreeAgentServesThreeCallersOneCallAfterAnother() {
        WaitEstimates estimates = estimator.estimate(new FloorBuilder().queue("housing", 0)
                .caller("housing", "a", 0, 90).caller("housing", "b", 0, 60).caller("housing", "c", 0, 30)
                .available("PJSIP/2001", 600, "housing").snapshot());

        assertThat(seconds(estimates, "housing", "a")).isCloseTo(ANSWER, within(2.0));
        assertThat(seconds(estimates, "housing", "b")).isCloseTo(ANSWER + CYCLE, within(15.0));
        assertThat(seconds(estimates, "housing", "c")).isCloseTo(ANSWER + 2 * CYCLE, within(25.0));
        assertThat(estimates.joiningNow("housing")).hasValueSatisfying(
                joining -> assertThat((double) joining).isCloseTo(ANSWER + 3 * CYCLE, within(35.0)));
    }

    @Test
    void anAgentInACallFreesUpAfterWhatIsLeftOfIt() {
        WaitEstimates estimates = estimator.estimate(new FloorBuilder().queue("housing", 0)
                .caller("housing", "a", 0, 30)
                .talking("PJSIP/2001", 150, "housing", "housing").snapshot());

        double left = FloorBuilder.TALK_SECONDS - 150 + FloorBuilder.TURNAROUND_SECONDS;
        assertThat(seconds(estimates, "housing", "a")).isCloseTo(left, within(15.0));
    }

    @Test
    void anAgentGoingOnBreakMakesTheCallersWaitForTheOtherOrForItsReturn() {
        FloorBuilder bothWorking = new FloorBuilder().queue("housing", 0)
                .caller("housing", "a", 0, 60).caller("housing", "b", 0, 30)
                .available("PJSIP/2001", 600, "housing").available("PJSIP/2002", 600, "housing");
        FloorBuilder oneAtLunch = new FloorBuilder().queue("housing", 0)
                .caller("housing", "a", 0, 60).caller("housing", "b", 0, 30)
                .available("PJSIP/2001", 600, "housing").paused("PJSIP/2002", "lunch", 0, "housing");

        assertThat(seconds(estimator.estimate(bothWorking.snapshot()), "housing", "b"))
                .isCloseTo(ANSWER, within(2.0));
        assertThat(seconds(estimator.estimate(oneAtLunch.snapshot()), "housing", "b"))
                .isCloseTo(ANSWER + CYCLE, within(15.0));
    }

    @Test
    void anAgentOnBreakIsExpectedBackWhenBreaksOfThatKindEnd() {
        FloorBuilder justLeft = new FloorBuilder().queue("housing", 0).caller("housing", "a", 0, 60)
                .talking("PJSIP/2001", 0, "housing", "housing")
                .paused("PJSIP/2002", "break", 0, "housing").pausesLast("break", 400);
        FloorBuilder nearlyBack = new FloorBuilder().queue("housing", 0).caller("housing", "a", 0, 60)
                .talking("PJSIP/2001", 0, "housing", "housing")
                .paused("PJSIP/2002", "break", 300, "housing").pausesLast("break", 400);

        // Back after 400 s: the agent in a call frees up first.
        assertThat(seconds(estimator.estimate(justLeft.snapshot()), "housing", "a")).isCloseTo(CYCLE, within(15.0));
        // Back in 100 s, before the call ends, and rung at once.
        assertThat(seconds(estimator.estimate(nearlyBack.snapshot()), "housing", "a"))
                .isCloseTo(100 + ANSWER, within(2.0));
    }

    @Test
    void aPriorityCallerJoiningAheadPushesEveryoneBackOneCall() {
        FloorBuilder before = new FloorBuilder().queue("benefits", 0)
                .caller("benefits", "a", 0, 60).caller("benefits", "b", 0, 30)
                .talking("PJSIP/2001", 0, "benefits", "benefits");
        FloorBuilder after = new FloorBuilder().queue("benefits", 0)
                .caller("benefits", "a", 0, 60).caller("benefits", "b", 0, 30).caller("benefits", "vip", 5, 0)
                .talking("PJSIP/2001", 0, "benefits", "benefits");

        double aBefore = seconds(estimator.estimate(before.snapshot()), "benefits", "a");
        WaitEstimates withPriority = estimator.estimate(after.snapshot());

        assertThat(seconds(withPriority, "benefits", "vip")).isCloseTo(aBefore, within(5.0));
        assertThat(seconds(withPriority, "benefits", "a")).isCloseTo(aBefore + CYCLE, within(15.0));
    }

    @Test
    void callersInAHeavierQueueSharingTheAgentAreServedFirstThoughTheyWaitedLess() {
        WaitEstimates estimates = estimator.estimate(new FloorBuilder()
                .queue("elas", 10).queue("council-tax", 0)
                .caller("council-tax", "ct", 0, 240)
                .caller("elas", "e1", 0, 10).caller("elas", "e2", 0, 5)
                .talking("PJSIP/2001", 0, "elas", "elas", "council-tax").snapshot());

        assertThat(seconds(estimates, "elas", "e1")).isCloseTo(CYCLE, within(15.0));
        assertThat(seconds(estimates, "elas", "e2")).isCloseTo(2 * CYCLE, within(20.0));
        assertThat(seconds(estimates, "council-tax", "ct")).isCloseTo(3 * CYCLE, within(30.0));
    }

    @Test
    void anAgentRingingForTheCallerAnswersAfterTheUsualRing() {
        WaitEstimates estimates = estimator.estimate(new FloorBuilder().queue("housing", 0)
                .caller("housing", "a", 0, 0).ringing("PJSIP/2001", "housing").ringsLast(7).snapshot());

        assertThat(seconds(estimates, "housing", "a")).isCloseTo(7, within(0.5));
    }

    @Test
    void callersAheadWhoHaveWaitedLongGiveUpAtTheRateSeenForSuchWaits() {
        // Nobody gives up in the first two minutes; after that, one in a minute of waiting per second.
        FloorBuilder impatient = new FloorBuilder().queue("housing", 0)
                .caller("housing", "a", 0, 600).caller("housing", "b", 0, 590).caller("housing", "c", 0, 580)
                .caller("housing", "d", 0, 0)
                .talking("PJSIP/2001", 0, "housing", "housing").gaveUp("housing", new QueueHistory.WaitBand(0, 0, 1e6),
                new QueueHistory.WaitBand(30, 0, 1e6), new QueueHistory.WaitBand(120, 1e4, 6e5));

        // Without abandons d waits for four calls; with them, the three ahead have mostly gone by the first.
        assertThat(seconds(estimator.estimate(impatient.snapshot()), "housing", "d")).isLessThan(2 * CYCLE);
    }

    @Test
    void withNobodyToAnswerTheWaitIsOpenEnded() {
        WaitEstimates estimates = estimator.estimate(new FloorBuilder().queue("waste", 0)
                .caller("waste", "a", 0, 30).snapshot());

        assertThat(estimates.remaining(new CallRecord.Key("a", "waste"))).contains(WaitEstimator.MAX_SECONDS);
        assertThat(estimates.joiningNow("waste")).contains(WaitEstimator.MAX_SECONDS);
    }

    @Test
    void theSamePictureAlwaysGivesTheSameEstimates() {
        FloorBuilder floor = new FloorBuilder().queue("housing", 0).caller("housing", "a", 0, 30)
                .caller("housing", "b", 0, 20).talking("PJSIP/2001", 100, "housing", "housing");

        assertThat(estimator.estimate(floor.snapshot())).isEqualTo(estimator.estimate(floor.snapshot()));
    }

    private static double seconds(WaitEstimates estimates, String queue, String uniqueId) {
        return estimates.remaining(new CallRecord.Key(uniqueId, queue)).orElseThrow();
    }
}
