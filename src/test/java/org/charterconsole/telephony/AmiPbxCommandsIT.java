package org.charterconsole.telephony;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.charterconsole.pbx.PbxCommands.CommandResult;
import org.charterconsole.pbx.PbxEndpoint;
import org.charterconsole.pbx.PbxEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.charterconsole.telephony.AmiConnectionIT.NOW;

/** Actions go out as Asterisk expects them, and its real answers come back as results. */
class AmiPbxCommandsIT {

    private final AmiFixture actions = AmiFixture.load("06-actions-priority-withdraw-db-originate.txt");
    private final AmiFixture members = AmiFixture.load("05-agent-states-ringnoanswer.txt");
    private final RecordingSink sink = new RecordingSink();
    private AmiTestServer server;
    private AmiConnection connection;
    private AmiPbxCommands commands;

    @BeforeEach
    void connect() throws Exception {
        server = new AmiTestServer();
        connection = new AmiConnection(new PbxEndpoint("127.0.0.1", server.port(), "console", "console"),
                AmiConnectionIT.properties(), List.of(sink), Clock.fixed(NOW, ZoneId.of("Europe/London")),
                new SimpleMeterRegistry());
        commands = new AmiPbxCommands(connection);
    }

    private void start() {
        connection.start();
        await().until(() -> sink.events(PbxEvent.QueueStatusSnapshot.class).size() == 1);
    }

    @AfterEach
    void stop() throws Exception {
        commands.shutdown();
        connection.stop();
        server.close();
    }

    @Test
    void an_immediate_priority_change_is_sent_with_immediate_and_followed_by_a_resync() {
        server.answer("QueueChangePriorityCaller", a -> actions.answerTo("queuechangeprioritycaller-7"));
        start();

        CommandResult result = commands.changeCallerPriority("priority", "Local/s@caller-priority-00000013;2", 7, true)
                .join();

        assertThat(result).isEqualTo(CommandResult.ok("Priority change for caller on queue"));
        assertThat(server.actions("QueueChangePriorityCaller")).singleElement().satisfies(sent -> {
            assertThat(sent).containsEntry("queue", "priority").containsEntry("priority", "7")
                    .containsEntry("caller", "Local/s@caller-priority-00000013;2").containsEntry("immediate", "yes");
        });
        await().until(() -> sink.events(PbxEvent.QueueStatusSnapshot.class).size() == 2);
    }

    @Test
    void a_priority_change_without_immediate_leaves_the_header_out_and_an_error_answer_fails() {
        server.answer("QueueChangePriorityCaller", a -> actions.answerTo("queuechangeprioritycaller-9"));
        start();

        CommandResult result = commands.changeCallerPriority("priority", "Local/s@caller-priority-0000ffff;2", 5, false)
                .join();

        assertThat(result).isEqualTo(CommandResult.failed("Unable to change priority caller on queue: No such caller"));
        assertThat(server.actions("QueueChangePriorityCaller").get(0)).doesNotContainKey("immediate");
    }

    @Test
    void withdrawing_a_caller_sends_queue_withdraw_caller_with_its_info() {
        server.answer("QueueWithdrawCaller", a -> actions.answerTo("queuewithdrawcaller-11"));
        start();

        CommandResult result = commands.withdrawCaller("priority", "Local/s@caller-priority-00000012;2",
                "callback-requested").join();

        assertThat(result).isEqualTo(CommandResult.ok("Withdraw requested successfully"));
        assertThat(server.actions("QueueWithdrawCaller")).singleElement().satisfies(sent -> assertThat(sent)
                .containsEntry("queue", "priority").containsEntry("caller", "Local/s@caller-priority-00000012;2")
                .containsEntry("withdrawinfo", "callback-requested"));
    }

    @Test
    void pausing_with_a_reason_and_adding_a_member_are_answered() {
        server.answer("QueuePause", a -> members.answerTo("queuepause-5"));
        server.answer("QueueAdd", a -> members.answerTo("queueadd-4"));
        start();

        CommandResult paused = commands.pauseMember("priority", "Local/agent1@agents", true, "lunch").join();
        CommandResult added = commands.addMember("nosuchqueue", "Local/agent1@agents", "Agent One", false).join();

        assertThat(paused.success()).isTrue();
        assertThat(server.actions("QueuePause").get(0)).containsEntry("interface", "Local/agent1@agents")
                .containsEntry("reason", "lunch").containsEntry("queue", "priority");
        assertThat(added.success()).isFalse();
        assertThat(added.message()).contains("No such queue");
    }

    @Test
    void commands_fail_at_once_while_the_link_is_down() {
        CommandResult result = commands.putDatabase("console", "open", "1").join();

        assertThat(result).isEqualTo(CommandResult.failed("The PBX link is down"));
        assertThat(commands.requestQueueStatus().join().success()).isFalse();
    }
}
