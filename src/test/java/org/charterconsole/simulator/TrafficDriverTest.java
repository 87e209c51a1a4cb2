package org.charterconsole.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

class TrafficDriverTest {

    private static final LocalDateTime MONDAY_NOON = LocalDateTime.of(2026, 11, 30, 12, 0);

    @Test
    void at_lunchtime_handlers_are_logged_in_callers_wait_and_are_answered_within_minutes() {
        List<AmiMessage> events = run(MONDAY_NOON, Duration.ofMinutes(10), 1);

        assertThat(events).anyMatch(e -> e.isEvent("QueueMemberAdded"));
        assertThat(countOf(events, "QueueCallerJoin")).isGreaterThan(10);
        assertThat(countOf(events, "AgentConnect")).isGreaterThan(5);
        assertThat(countOf(events, "AgentComplete")).isGreaterThan(0);
        assertThat(events).anyMatch(e -> e.isEvent("QueueMemberPause") && e.getOrEmpty("PausedReason").equals("lunch"));
    }

    @Test
    void a_daytime_start_shows_handlers_on_calls_and_callers_already_waiting() {
        List<AmiMessage> events = new ArrayList<>();
        MutableClock clock = new MutableClock(MONDAY_NOON);
        QueueFloor floor = floor(clock, events);
        TrafficDriver driver = new TrafficDriver(floor, new Agenda(), AmiActions.newDatabase(), MutableClock.LONDON, 3, 1);

        driver.warmUp();

        assertThat(floor.devices()).filteredOn(SimDevice::inCall).hasSizeGreaterThan(10);
        assertThat(floor.queues().stream().mapToInt(queue -> queue.callers.size()).sum()).isGreaterThan(3);
        floor.queues().forEach(queue -> assertThat(queue.callers)
                .as("callers already waiting in %s: the head has waited longest", queue.name)
                .extracting(caller -> caller.joinedAt).isSorted());
    }

    @Test
    void callers_join_with_the_queue_priority_the_dialplan_gives_their_service() {
        List<AmiMessage> events = new ArrayList<>();
        MutableClock clock = new MutableClock(MONDAY_NOON);
        QueueFloor floor = floor(clock, events);
        Agenda agenda = new Agenda();
        TrafficDriver driver = new TrafficDriver(floor, agenda, AmiActions.newDatabase(), MutableClock.LONDON, 4, 1);
        driver.warmUp();
        step(clock, agenda, driver, Duration.ofMinutes(15));

        for (SimulatedService service : CouncilCatalog.SERVICES) {
            assertThat(floor.queue(service.queue()).orElseThrow().callers)
                    .extracting(caller -> caller.queuePriority)
                    .as("QUEUE_PRIO of callers waiting in %s", service.queue())
                    .allMatch(priority -> priority == (service.priorityClass() ? 10 : 0));
        }
        assertThat(floor.queues().stream().mapToInt(queue -> queue.callers.size()).sum()).isPositive();
    }

    @Test
    void at_night_nobody_queues_and_emergencies_go_to_the_on_call_team() {
        List<AmiMessage> events = run(LocalDateTime.of(2026, 11, 30, 21, 0), Duration.ofHours(4), 1);

        assertThat(countOf(events, "QueueCallerJoin")).isZero();
        assertThat(events).filteredOn(e -> e.isEvent("UserEvent"))
                .isNotEmpty()
                .allMatch(e -> e.getOrEmpty("UserEvent").equals("OutOfHoursEmergency"));
    }

    @Test
    void the_console_closing_the_centre_through_astdb_stops_callers_queueing() {
        var astDb = AmiActions.newDatabase();
        astDb.put("console/open", "0");
        List<AmiMessage> events = run(MONDAY_NOON, Duration.ofHours(2),
                (floor, agenda) -> new TrafficDriver(floor, agenda, astDb, MutableClock.LONDON, 5, 1));

        assertThat(countOf(events, "QueueCallerJoin")).isZero();
    }

    @Test
    void callers_pressing_the_call_back_key_leave_without_an_abandon_before_the_dialplan_asks_for_the_call_back() {
        List<AmiMessage> events = run(MONDAY_NOON, Duration.ofMinutes(30), 2);

        List<String> requesting = events.stream()
                .filter(e -> e.isEvent("UserEvent") && e.getOrEmpty("UserEvent").equals("CallbackRequested"))
                .map(e -> e.getOrEmpty("Uniqueid")).toList();
        assertThat(requesting).isNotEmpty();
        for (String uniqueId : requesting) {
            List<String> ofCaller = events.stream().filter(e -> e.getOrEmpty("Uniqueid").equals(uniqueId))
                    .map(e -> e.getOrEmpty("Event")).toList();
            assertThat(ofCaller).as("events of caller %s", uniqueId).endsWith("QueueCallerLeave", "UserEvent");
            assertThat(ofCaller.get(ofCaller.size() - 3)).as("event of caller %s before the leave", uniqueId)
                    .isNotEqualTo("QueueCallerAbandon");
        }
    }

    @Test
    void a_handler_auto_paused_after_a_ring_out_is_back_within_a_shift_check() {
        List<AmiMessage> events = run(MONDAY_NOON, Duration.ofMinutes(30), 2);

        List<String> autoPaused = events.stream()
                .filter(e -> e.isEvent("QueueMemberPause") && e.getOrEmpty("PausedReason").equals("Auto-Pause"))
                .map(e -> e.getOrEmpty("Interface")).distinct().toList();
        assertThat(autoPaused).isNotEmpty();
        for (String agentInterface : autoPaused) {
            AmiMessage last = events.stream()
                    .filter(e -> e.isEvent("QueueMemberPause") && e.getOrEmpty("Interface").equals(agentInterface))
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(last.getOrEmpty("PausedReason")).as("last pause of %s", agentInterface).isNotEqualTo("Auto-Pause");
        }
    }

    @Test
    void callers_of_a_service_nobody_is_logged_in_to_are_turned_away_and_some_ask_for_a_call_back() {
        List<AmiMessage> events = run(MONDAY_NOON, Duration.ofMinutes(20), (floor, agenda) ->
                new TrafficDriver(floor, agenda, AmiActions.newDatabase(), MutableClock.LONDON, 6, 1, List.of()));

        assertThat(countOf(events, "QueueCallerJoin")).as("queues.conf joinempty").isZero();
        List<String> turnedAway = events.stream()
                .filter(e -> e.isEvent("VarSet") && e.getOrEmpty("Variable").equals("QUEUESTATUS"))
                .peek(e -> assertThat(e.getOrEmpty("Value")).isEqualTo("JOINEMPTY"))
                .map(e -> e.getOrEmpty("Uniqueid")).toList();
        assertThat(turnedAway).hasSizeGreaterThan(10);
        List<String> requesting = events.stream()
                .filter(e -> e.isEvent("UserEvent") && e.getOrEmpty("UserEvent").equals("CallbackRequested"))
                .map(e -> e.getOrEmpty("Uniqueid")).toList();
        assertThat(requesting).isNotEmpty();
        assertThat(turnedAway).containsAll(requesting);
    }

    @Test
    void the_handler_whose_last_call_in_any_queue_ended_longest_ago_is_rung_first() {
        List<AmiMessage> events = new ArrayList<>();
        MutableClock clock = new MutableClock(MONDAY_NOON);
        QueueFloor floor = floor(clock, events);
        Agenda agenda = new Agenda();
        var astDb = AmiActions.newDatabase();
        astDb.put("console/open", "0");
        TrafficDriver driver = new TrafficDriver(floor, agenda, astDb, MutableClock.LONDON, 7, 1, List.of());
        floor.addMember("housing", "PJSIP/2001", "Ann", false);
        floor.addMember("benefits", "PJSIP/2001", "Ann", false);
        floor.addMember("housing", "PJSIP/2002", "Ben", false);
        long now = clock.instant().getEpochSecond();
        // Ann's housing call was long ago, but her benefits call ended after Ben's last: shared_lastcall
        floor.queue("housing").orElseThrow().members.get("PJSIP/2001").lastCall = now - 600;
        floor.queue("benefits").orElseThrow().members.get("PJSIP/2001").lastCall = now - 30;
        floor.queue("housing").orElseThrow().members.get("PJSIP/2002").lastCall = now - 60;
        floor.join("housing", "07700900001", "A", 0);

        driver.tick(clock.instant());

        assertThat(events).filteredOn(e -> e.isEvent("AgentCalled")).extracting(e -> e.getOrEmpty("Interface"))
                .containsExactly("PJSIP/2002");
    }

    @Test
    void the_same_seed_plays_the_same_day() {
        List<String> first = run(MONDAY_NOON, Duration.ofMinutes(20), 9).stream().map(AmiMessage::toWire).toList();
        List<String> second = run(MONDAY_NOON, Duration.ofMinutes(20), 9).stream().map(AmiMessage::toWire).toList();

        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    private static List<AmiMessage> run(LocalDateTime start, Duration length, long seed) {
        return run(start, length, (floor, agenda) ->
                new TrafficDriver(floor, agenda, AmiActions.newDatabase(), MutableClock.LONDON, seed, 1));
    }

    /** The council's queues from {@code start} for {@code length}, driven by the driver made for them. */
    private static List<AmiMessage> run(LocalDateTime start, Duration length,
                                        BiFunction<QueueFloor, Agenda, TrafficDriver> driverFor) {
        List<AmiMessage> events = new ArrayList<>();
        MutableClock clock = new MutableClock(start);
        QueueFloor floor = floor(clock, events);
        Agenda agenda = new Agenda();
        TrafficDriver driver = driverFor.apply(floor, agenda);
        driver.warmUp();
        step(clock, agenda, driver, length);
        return events;
    }

    private static QueueFloor floor(MutableClock clock, List<AmiMessage> events) {
        QueueFloor floor = new QueueFloor(clock, events::add);
        CouncilCatalog.SERVICES.forEach(service -> floor.defineQueue(service.queue(), service.weight()));
        return floor;
    }

    private static void step(MutableClock clock, Agenda agenda, TrafficDriver driver, Duration length) {
        for (long second = 0; second < length.toSeconds(); second++) {
            clock.advance(Duration.ofSeconds(1));
            agenda.runDue(clock.instant());
            driver.tick(clock.instant());
        }
    }

    private static long countOf(List<AmiMessage> events, String name) {
        return events.stream().filter(e -> e.isEvent(name)).count();
    }
}
