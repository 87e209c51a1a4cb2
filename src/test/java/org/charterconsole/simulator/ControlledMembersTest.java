package org.charterconsole.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone someone controls over AMI (a handler on the console) stays as they set it: the simulated
 * shift plan, breaks and wrap-up leave it alone. Simulated handlers wrap up paused with reason "wrap-up".
 */
class ControlledMembersTest {

    private static final String AISHA = "PJSIP/2001"; // on shift 08:00-16:00, lunch 11:30-12:00

    private final List<AmiMessage> events = new ArrayList<>();
    private final Agenda agenda = new Agenda();
    private final Map<String, String> astDb = AmiActions.newDatabase();
    private MutableClock clock;
    private QueueFloor floor;
    private TrafficDriver driver;
    private AmiActions actions;

    @Test
    void a_phone_paused_over_ami_stays_paused_when_its_simulated_lunch_ends() {
        startAt(LocalDateTime.of(2026, 11, 30, 11, 40));
        assertThat(answer("Action", "QueuePause", "Interface", AISHA, "Paused", "true", "Reason", "training"))
                .isEqualTo("Interface paused successfully");
        events.clear();

        step(Duration.ofMinutes(40));

        assertThat(floor.membershipsOf(AISHA)).isNotEmpty()
                .allSatisfy(member -> {
                    assertThat(member.paused).isTrue();
                    assertThat(member.pausedReason).isEqualTo("training");
                });
        assertThat(events).noneMatch(e -> e.isEvent("QueueMemberPause") && e.getOrEmpty("Interface").equals(AISHA));
    }

    @Test
    void a_phone_logged_out_over_ami_is_not_logged_back_in_by_the_shift_plan() {
        startAt(LocalDateTime.of(2026, 11, 30, 10, 0));
        List<String> queues = floor.membershipsOf(AISHA).stream().map(member -> member.queue).toList();
        assertThat(queues).isNotEmpty();
        for (String queue : queues) {
            assertThat(answer("Action", "QueueRemove", "Queue", queue, "Interface", AISHA))
                    .isEqualTo("Removed interface from queue");
        }
        events.clear();

        step(Duration.ofMinutes(30));

        assertThat(floor.membershipsOf(AISHA)).isEmpty();
        assertThat(events).noneMatch(e -> e.isEvent("QueueMemberAdded") && e.getOrEmpty("Interface").equals(AISHA));
    }

    @Test
    void a_phone_added_over_ami_after_its_shift_stays_logged_in() {
        startAt(LocalDateTime.of(2026, 11, 30, 15, 50));
        assertThat(answer("Action", "QueueAdd", "Queue", "general-enquiries", "Interface", "PJSIP/2099",
                "MemberName", "Visiting Handler", "Paused", "false")).isEqualTo("Added interface to queue");
        assertThat(answer("Action", "QueuePause", "Interface", AISHA, "Paused", "false"))
                .isEqualTo("Interface unpaused successfully");

        step(Duration.ofMinutes(30));

        assertThat(floor.membershipsOf("PJSIP/2099")).extracting(member -> member.queue).containsExactly("general-enquiries");
        assertThat(floor.membershipsOf(AISHA)).as("Aisha's shift ended at 16:00, but she controls her phone")
                .isNotEmpty();
    }

    @Test
    void simulated_handlers_wrap_up_after_a_call_paused_with_reason_wrap_up_then_take_calls_again() {
        startAt(LocalDateTime.of(2026, 11, 30, 10, 0));

        step(Duration.ofMinutes(15));

        List<AmiMessage> pauses = events.stream().filter(e -> e.isEvent("QueueMemberPause")).toList();
        AmiMessage wrapUp = pauses.stream().filter(e -> e.getOrEmpty("PausedReason").equals("wrap-up")).findFirst()
                .orElseThrow();
        String agent = wrapUp.getOrEmpty("Interface");
        assertThat(wrapUp.getOrEmpty("Paused")).isEqualTo("1");
        assertThat(pauses.subList(pauses.indexOf(wrapUp), pauses.size()))
                .anyMatch(e -> e.getOrEmpty("Interface").equals(agent) && e.getOrEmpty("Paused").equals("0"));
    }

    private void startAt(LocalDateTime start) {
        clock = new MutableClock(start);
        floor = new QueueFloor(clock, events::add);
        CouncilCatalog.SERVICES.forEach(service -> floor.defineQueue(service.queue(), service.weight()));
        driver = new TrafficDriver(floor, agenda, astDb, MutableClock.LONDON, 11, 1);
        actions = new AmiActions(floor, astDb, events::add, (delay, task) -> agenda.at(floor.now().plus(delay), task));
        driver.warmUp();
        step(Duration.ofSeconds(1));
    }

    private String answer(String... headers) {
        AmiMessage action = new AmiMessage();
        for (int i = 0; i < headers.length; i += 2) {
            action.add(headers[i], headers[i + 1]);
        }
        return actions.handle(action).get(0).getOrEmpty("Message");
    }

    private void step(Duration length) {
        for (long second = 0; second < length.toSeconds(); second++) {
            clock.advance(Duration.ofSeconds(1));
            agenda.runDue(clock.instant());
            driver.tick(clock.instant());
        }
    }
}
