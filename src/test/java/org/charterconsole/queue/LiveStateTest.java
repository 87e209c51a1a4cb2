package org.charterconsole.queue;

import org.charterconsole.pbx.PbxEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.charterconsole.queue.PbxEvents.*;

class LiveStateTest {

    private final Clock clock = Clock.fixed(at(600), ZoneId.of("Europe/London"));
    private final List<CallRecord> records = new CopyOnWriteArrayList<>();
    private final ServiceTargets targets = queue -> queue.equals("elas")
            ? new ServiceTarget("elas", "Emergency Limited Assisted Scheme", PriorityClass.PRIORITY, 120, 90)
            : ServiceTarget.standardFor(queue);
    private final LiveState live = new LiveState(clock, targets, List.of(records::add));

    LiveStateTest() {
        live.start();
    }

    @AfterEach
    void stop() {
        live.stop();
    }

    private LiveSnapshot apply(PbxEvent... events) throws InterruptedException {
        for (PbxEvent event : events) {
            live.accept(event);
        }
        assertThat(live.awaitApplied(Duration.ofSeconds(10))).isTrue();
        return live.snapshot();
    }

    private static List<String> waitingIds(LiveSnapshot snapshot, String queue) {
        return snapshot.queue(queue).orElseThrow().waiting().stream().map(WaitingCaller::uniqueId).toList();
    }

    private CallRecord lastRecordOf(String uniqueId) {
        return records.stream().filter(r -> r.uniqueId().equals(uniqueId)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void callersWaitInJoinOrderWithPositionsFromOne() throws InterruptedException {
        LiveSnapshot snapshot = apply(joined(0, "general", "11", 1, 1), joined(5, "general", "12", 2, 2));

        assertThat(snapshot.queue("general").orElseThrow().waiting())
                .extracting(WaitingCaller::uniqueId, WaitingCaller::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("11", 1), org.assertj.core.groups.Tuple.tuple("12", 2));
        assertThat(snapshot.version()).isPositive();
    }

    @Test
    void aCallerJoiningAheadOutranksTheCallersItPassed() throws InterruptedException {
        LiveSnapshot snapshot = apply(joined(0, "general", "11", 1, 1), joined(1, "general", "12", 2, 2),
                joined(2, "general", "13", 1, 3), joined(3, "general", "14", 4, 4));

        assertThat(waitingIds(snapshot, "general")).containsExactly("13", "11", "12", "14");
    }

    @Test
    void othersMoveUpWhenACallerLeaves() throws InterruptedException {
        LiveSnapshot snapshot = apply(joined(0, "general", "11", 1, 1), joined(1, "general", "12", 2, 2),
                joined(2, "general", "13", 3, 3), abandoned(9, "general", "11", 9), left(9, "general", "11"));

        assertThat(snapshot.queue("general").orElseThrow().waiting())
                .extracting(WaitingCaller::position).containsExactly(1, 2);
        assertThat(waitingIds(snapshot, "general")).containsExactly("12", "13");
        assertThat(lastRecordOf("11").outcome()).isEqualTo(CallOutcome.ABANDONED);
        assertThat(lastRecordOf("11").waitSeconds()).isEqualTo(9);
    }

    @Test
    void anAnsweredCallRecordsItsWaitTargetAndTalkTime() throws InterruptedException {
        apply(joined(0, "elas", "21", 1, 1), called(100, "elas", "21", "PJSIP/201"), left(101, "elas", "21"),
                connected(101, "elas", "21", "PJSIP/201", 101));
        CallRecord answered = lastRecordOf("21");
        assertThat(answered.outcome()).isEqualTo(CallOutcome.ANSWERED);
        assertThat(answered.answeredWithinTarget()).isTrue();
        assertThat(answered.priorityClass()).isEqualTo(PriorityClass.PRIORITY);
        assertThat(live.snapshot().agents()).singleElement()
                .satisfies(agent -> assertThat(agent.talkingToUniqueId()).contains("21"));

        apply(completed(161, "elas", "21", "PJSIP/201", 101, 60));
        assertThat(lastRecordOf("21").talkSeconds()).isEqualTo(60);
        assertThat(lastRecordOf("21").outcome()).isEqualTo(CallOutcome.ANSWERED);
    }

    @Test
    void anAnswerAfterTheTargetIsNotWithinIt() throws InterruptedException {
        apply(joined(0, "elas", "22", 1, 1), left(121, "elas", "22"), connected(121, "elas", "22", "PJSIP/201", 121));
        assertThat(lastRecordOf("22").answeredWithinTarget()).isFalse();
    }

    @Test
    void aCallerWithdrawnAfterAskingForACallBackIsACallBackNotAnAbandon() throws InterruptedException {
        apply(joined(0, "general", "31", 1, 1), callback(30, "general", "31"), abandoned(31, "general", "31", 31),
                left(31, "general", "31"));
        assertThat(lastRecordOf("31").outcome()).isEqualTo(CallOutcome.CALLBACK);
    }

    @Test
    void aCallerWhoLeavesThroughTheCallBackKeyIsOneCallBackNeitherAbandonedNorAnswered() throws InterruptedException {
        // app_queue's exit context: QueueCallerLeave with no abandon, then the dialplan's CallbackRequested
        LiveSnapshot snapshot = apply(joined(0, "general", "32", 1, 1), left(40, "general", "32"),
                callback(40, "general", "32"));

        assertThat(waitingIds(snapshot, "general")).isEmpty();
        assertThat(records).filteredOn(r -> r.uniqueId().equals("32")).extracting(CallRecord::key).containsOnly(
                new CallRecord.Key("32", "general"));
        assertThat(records).filteredOn(r -> r.uniqueId().equals("32")).extracting(CallRecord::outcome)
                .doesNotContain(CallOutcome.ABANDONED, CallOutcome.ANSWERED);
        assertThat(lastRecordOf("32").outcome()).isEqualTo(CallOutcome.CALLBACK);
        assertThat(lastRecordOf("32").waitSeconds()).isEqualTo(40);
    }

    @Test
    void aCallBackRequestedAfterAQueueStatusSettledTheLeaveIsStillACallBack() throws InterruptedException {
        apply(joined(0, "general", "33", 1, 1), left(40, "general", "33"), snapshot(41, status("general", List.of())),
                callback(42, "general", "33"));

        assertThat(lastRecordOf("33").outcome()).isEqualTo(CallOutcome.CALLBACK);
        assertThat(lastRecordOf("33").waitSeconds()).isEqualTo(40);
    }

    @Test
    void aCallerTurnedAwayWithNoAdvisersWhoAsksForACallBackIsACallBackAtOnce() throws InterruptedException {
        // Queue() refused the caller (QUEUESTATUS=JOINEMPTY, no join); [council-no-advisers] then offered a call-back
        LiveSnapshot snapshot = apply(callback(5, "general", "34"));

        assertThat(snapshot.queue("general").map(LiveQueue::waiting).orElse(List.of())).isEmpty();
        assertThat(lastRecordOf("34").outcome()).isEqualTo(CallOutcome.CALLBACK);
        assertThat(lastRecordOf("34").leftAt()).contains(at(5));
        assertThat(lastRecordOf("34").waitSeconds()).isZero();
    }

    @Test
    void aCallerWhoPressedTheCallBackKeyButGaveNoNumberIsBackInTheQueueWaitingSinceTheFirstJoin()
            throws InterruptedException {
        // [council-callback]: a withheld number and none typed in: "call-back not possible", Queue() again
        LiveSnapshot snapshot = apply(joined(0, "general", "36", 1, 1), left(40, "general", "36"),
                joined(70, "general", "36", 1, 1));

        assertThat(waitingIds(snapshot, "general")).containsExactly("36");
        assertThat(snapshot.queue("general").orElseThrow().waiting().get(0).joinedAt()).isEqualTo(at(0));
        assertThat(lastRecordOf("36").outcome()).isEqualTo(CallOutcome.WAITING);
        assertThat(lastRecordOf("36").leftAt()).isEmpty();

        apply(left(100, "general", "36"), connected(100, "general", "36", "PJSIP/201", 30));
        assertThat(lastRecordOf("36").outcome()).isEqualTo(CallOutcome.ANSWERED);
        assertThat(lastRecordOf("36").waitSeconds()).isEqualTo(100);
    }

    @Test
    void aQueueStatusReplacesTheStateAndSettlesCallersThatLeftUnseen() throws InterruptedException {
        apply(joined(0, "general", "41", 1, 1), joined(1, "general", "42", 2, 2), joined(2, "general", "43", 3, 3),
                abandoned(3, "general", "43", 1));
        LiveSnapshot snapshot = apply(snapshot(60,
                status("general", List.of(member("general", "PJSIP/201", false, 1)),
                        entry("general", "44", 1, 50, 10), entry("general", "42", 2, 59, 0))));

        assertThat(waitingIds(snapshot, "general")).containsExactly("44", "42");
        WaitingCaller jumpedIn = snapshot.queue("general").orElseThrow().waiting().get(0);
        assertThat(jumpedIn.joinedAt()).isEqualTo(at(10));
        assertThat(jumpedIn.priority()).isEqualTo(10);
        assertThat(lastRecordOf("41").outcome()).isEqualTo(CallOutcome.UNKNOWN);
        assertThat(lastRecordOf("43").outcome()).isEqualTo(CallOutcome.ABANDONED);
        assertThat(snapshot.queue("general").orElseThrow().agents()).isEqualTo(new LiveQueue.AgentCounts(1, 0, 0));
    }

    @Test
    void aCallerWhoJoinedWhileTheAnswerWasWrittenStaysWaitingWhereTheyWere() throws InterruptedException {
        apply(joined(0, "general", "71", 1, 1), joined(30, "general", "72", 2, 2), joined(61, "general", "73", 3, 3));
        LiveSnapshot snapshot = apply(answer(60, 62,
                status("general", List.of(), entry("general", "71", 1, 62, 0), entry("general", "72", 2, 32, 0))));

        assertThat(waitingIds(snapshot, "general")).containsExactly("71", "72", "73");
        assertThat(lastRecordOf("73").outcome()).isEqualTo(CallOutcome.WAITING);
    }

    @Test
    void aCallerWhoLeftWhileTheAnswerWasWrittenIsNotBroughtBack() throws InterruptedException {
        apply(joined(0, "general", "81", 1, 1), joined(1, "general", "82", 2, 2), abandoned(61, "general", "81", 1));
        LiveSnapshot snapshot = apply(answer(60, 62,
                status("general", List.of(), entry("general", "81", 1, 62, 0), entry("general", "82", 2, 61, 0))));

        assertThat(waitingIds(snapshot, "general")).containsExactly("82");
        assertThat(lastRecordOf("81").outcome()).isEqualTo(CallOutcome.ABANDONED);
    }

    @Test
    void aCallerWhoJoinedBeforeTheAnswerWasAskedForAndIsNotInItHasGone() throws InterruptedException {
        apply(joined(0, "general", "91", 1, 1), joined(59, "general", "92", 2, 2));
        LiveSnapshot snapshot = apply(answer(60, 62, status("general", List.of(), entry("general", "91", 1, 62, 0))));

        assertThat(waitingIds(snapshot, "general")).containsExactly("91");
    }

    @Test
    void aReplayedJoinOfAFinishedCallDoesNotQueueItAgain() throws InterruptedException {
        apply(joined(0, "general", "51", 1, 1), abandoned(5, "general", "51", 5), left(5, "general", "51"));
        LiveSnapshot snapshot = apply(joined(0, "general", "51", 1, 1));
        assertThat(waitingIds(snapshot, "general")).isEmpty();
        assertThat(lastRecordOf("51").outcome()).isEqualTo(CallOutcome.ABANDONED);
    }

    @Test
    void agentsAreCountedPerQueueByActivity() throws InterruptedException {
        LiveSnapshot snapshot = apply(
                memberUpdated(0, member("general", "PJSIP/201", false, 1)),
                memberUpdated(0, member("general", "PJSIP/202", true, 1)),
                memberUpdated(0, member("general", "PJSIP/203", false, 1)),
                memberUpdated(0, member("housing", "PJSIP/203", false, 1)),
                joined(1, "general", "61", 1, 1), called(2, "general", "61", "PJSIP/203"));
        assertThat(snapshot.queue("general").orElseThrow().agents()).isEqualTo(new LiveQueue.AgentCounts(1, 1, 1));
        assertThat(snapshot.queue("housing").orElseThrow().agents()).isEqualTo(new LiveQueue.AgentCounts(0, 1, 0));

        snapshot = apply(left(3, "general", "61"), connected(3, "general", "61", "PJSIP/203", 2),
                completed(30, "general", "61", "PJSIP/203", 2, 27),
                new PbxEvent.MemberRemoved(at(31), "general", "PJSIP/201"));
        assertThat(snapshot.queue("general").orElseThrow().agents()).isEqualTo(new LiveQueue.AgentCounts(1, 0, 1));
        assertThat(snapshot.agents()).extracting(LiveAgent::agentInterface)
                .containsExactly("PJSIP/202", "PJSIP/203");
        assertThat(snapshot.agents().get(0).queues()).isEqualTo(Map.of("general", org.charterconsole.pbx.AgentActivity.PAUSED));
    }

    @Test
    void queuesCarryTheirServiceAndTargetsPriorityClassFirst() throws InterruptedException {
        LiveSnapshot snapshot = apply(joined(0, "general", "71", 1, 1), joined(0, "elas", "72", 1, 1));
        assertThat(snapshot.queues()).extracting(LiveQueue::name).containsExactly("elas", "general");
        LiveQueue general = snapshot.queue("general").orElseThrow();
        assertThat(general.service()).isEqualTo("general");
        assertThat(general.answerWithinSeconds()).isEqualTo(300);
        assertThat(general.answeredTargetPercent()).isEqualTo(80);
    }

    @Test
    void theLinkStateFollowsLinkUpAndDown() throws InterruptedException {
        assertThat(apply(new PbxEvent.LinkUp(at(0), "22.1")).pbxConnected()).isTrue();
        assertThat(apply(new PbxEvent.LinkDown(at(1), "closed")).pbxConnected()).isFalse();
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        AtomicInteger notified = new AtomicInteger();
        live.subscribe(s -> {
            throw new IllegalStateException("listener broke");
        });
        live.subscribe(s -> notified.incrementAndGet());
        live.accept(joined(0, "general", "81", 1, 1));
        await().untilAsserted(() -> assertThat(notified.get()).isPositive());
    }

    @Test
    void listenersHearNothingAfterTheyUnsubscribe() {
        AtomicInteger unsubscribed = new AtomicInteger();
        AtomicInteger stillSubscribed = new AtomicInteger();
        live.subscribe(s -> unsubscribed.incrementAndGet()).close();
        live.subscribe(s -> stillSubscribed.incrementAndGet());
        live.accept(joined(0, "general", "91", 1, 1));
        await().untilAsserted(() -> assertThat(stillSubscribed.get()).isPositive());
        assertThat(unsubscribed.get()).isZero();
    }

    @Test
    void aBurstOfChangesIsPublishedAsFewSnapshotsAndTheLastHoldsThemAll() throws InterruptedException {
        List<LiveSnapshot> published = new CopyOnWriteArrayList<>();
        live.subscribe(published::add);
        int callers = 60;
        long startNanos = System.nanoTime();
        for (int i = 0; i < callers; i++) {
            live.accept(joined(i, "general", "b" + i, i + 1, i + 1));
            Thread.sleep(2);
        }
        assertThat(live.awaitApplied(Duration.ofSeconds(10))).isTrue();
        await().untilAsserted(() -> assertThat(published).isNotEmpty()
                .last().satisfies(last -> assertThat(waitingIds(last, "general")).hasSize(callers)));
        long elapsedNanos = System.nanoTime() - startNanos;

        assertThat(published.size()).isLessThanOrEqualTo(1 + (int) (elapsedNanos / LiveState.NOTIFY_INTERVAL.toNanos()));
        assertThat(published).extracting(LiveSnapshot::version).isSorted();
    }

    @Test
    void aCallerWhoAskedForACallBackAndLeftUnseenIsACallBack() throws InterruptedException {
        apply(joined(0, "general", "95", 1, 1), callback(20, "general", "95"));
        apply(snapshot(60, status("general", List.of())));
        assertThat(lastRecordOf("95").outcome()).isEqualTo(CallOutcome.CALLBACK);
    }

    @Test
    void aStandardCallerJoiningBehindPriorityCallersStaysBehindThem() throws InterruptedException {
        apply(snapshot(0, status("general", List.of(), entry("general", "96", 1, 10, 10),
                entry("general", "97", 2, 20, 0))));
        LiveSnapshot snapshot = apply(joined(30, "general", "98", 3, 3), joined(31, "general", "99", 2, 4));
        assertThat(waitingIds(snapshot, "general")).containsExactly("96", "99", "97", "98");
    }
}
