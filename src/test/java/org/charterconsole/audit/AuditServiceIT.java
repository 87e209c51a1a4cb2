package org.charterconsole.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AuditServiceIT {

    @Autowired
    AuditService audit;
    @Autowired
    Clock clock;

    @Test
    void an_entry_is_stored_with_the_time_of_the_console_clock_and_read_back_newest_first() {
        String subject = "queue-" + UUID.randomUUID();
        var before = clock.instant();
        audit.record("leader", "AGENT_MOVED", subject, "PJSIP/2001 from council-tax to benefits");
        audit.record("leader", "CALLER_PRIORITY_RAISED", subject, "position 4 to 1");

        var latest = audit.latest(2);

        assertThat(latest).extracting(AuditEntry::action).containsExactly("CALLER_PRIORITY_RAISED", "AGENT_MOVED");
        assertThat(latest).allSatisfy(entry -> {
            assertThat(entry.subject()).isEqualTo(subject);
            assertThat(entry.actor()).isEqualTo("leader");
            assertThat(entry.at()).isBetween(before.minus(Duration.ofSeconds(1)), clock.instant().plus(Duration.ofSeconds(1)));
        });
    }

    @Test
    void over_long_text_is_cut_to_fit_rather_than_losing_the_entry() {
        String subject = "s".repeat(400);
        AuditEntry entry = audit.record("system", "LONG", subject, "d".repeat(5000));

        assertThat(entry.subject()).hasSize(AuditService.MAX_SUBJECT);
        assertThat(entry.detail()).hasSize(AuditService.MAX_DETAIL);
    }

    @Test
    void an_entry_without_actor_or_action_is_refused() {
        assertThatThrownBy(() -> audit.record(" ", "X", "s", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.record("a", null, "s", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void asking_for_no_entries_gives_none() {
        assertThat(audit.latest(0)).isEmpty();
    }
}
