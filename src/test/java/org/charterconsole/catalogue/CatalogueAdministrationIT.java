package org.charterconsole.catalogue;

import org.charterconsole.SimulatedConsoleTest;
import org.charterconsole.audit.AuditActions;
import org.charterconsole.audit.AuditEntry;
import org.charterconsole.audit.AuditService;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.security.ConsoleUserDetails;
import org.charterconsole.security.Roles;
import org.charterconsole.simulator.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The administrator's changes to the catalogue, on the whole console connected to the simulated PBX:
 * what is refused (and then nothing is stored or audited), what is audited, and that the live state
 * measures against a new target without a restart. The simulator is given queues of its own here,
 * so the context is not shared afterwards.
 */
@SimulatedConsoleTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CatalogueAdministrationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    CatalogueAdministration administration;
    @Autowired
    ServiceCatalogue catalogue;
    @Autowired
    LiveQueues liveQueues;
    @Autowired
    PbxSimulator simulator;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;

    private ServiceTable table;

    @BeforeEach
    void signInAnAdministrator() {
        table = ServiceTable.remember(jdbc);
        signIn("chief-admin", Roles.ADMIN);
    }

    @AfterEach
    void putTheCatalogueBack() {
        SecurityContextHolder.clearContext();
        table.restore();
        catalogue.reload();
    }

    static Stream<Arguments> invalidEditsOfHousing() {
        Service housing = housing();
        return Stream.of(
                Arguments.of("an empty name", edit(housing, "name", ""), ServiceField.NAME, "Enter the service's name"),
                Arguments.of("a blank name", edit(housing, "name", "   "), ServiceField.NAME, "Enter the service's name"),
                Arguments.of("no time to answer in", edit(housing, "within", 0), ServiceField.ANSWER_WITHIN,
                        "1 to 3600 seconds"),
                Arguments.of("a negative target", edit(housing, "within", -30), ServiceField.ANSWER_WITHIN,
                        "1 to 3600 seconds"),
                Arguments.of("a target over an hour", edit(housing, "within", 3601), ServiceField.ANSWER_WITHIN,
                        "1 to 3600 seconds"),
                Arguments.of("over 100 %", edit(housing, "pct", 101), ServiceField.ANSWERED_TARGET, "from 0 to 100"),
                Arguments.of("under 0 %", edit(housing, "pct", -1), ServiceField.ANSWERED_TARGET, "from 0 to 100"),
                Arguments.of("a caller priority over 100", edit(housing, "prio", 101), ServiceField.CALLER_PRIORITY,
                        "from 0 to 100"),
                Arguments.of("a negative weight", edit(housing, "weight", -1), ServiceField.WEIGHT, "from 0 to 100"),
                Arguments.of("the reserved queue general", edit(housing, "queue", "general"), ServiceField.QUEUE,
                        "app_queue's own settings section"),
                Arguments.of("a queue the PBX does not have", edit(housing, "queue", "no-such-queue"),
                        ServiceField.QUEUE, "The phone system reports no queue 'no-such-queue'"),
                Arguments.of("a queue that serves another service", edit(housing, "queue", "benefits"),
                        ServiceField.QUEUE, "Queue 'benefits' already answers Benefits"),
                Arguments.of("a new code", edit(housing, "code", "homes"), ServiceField.CODE, "cannot change"));
    }

    @ParameterizedTest(name = "{0} is refused with a message and saves nothing")
    @MethodSource("invalidEditsOfHousing")
    void anInvalidEditIsRefusedWithItsMessageAndSavesNothing(String what, Service edited, ServiceField field,
                                                            String message) {
        Map<String, Object> before = table.row("housing");
        long audited = table.auditEntriesAbout("housing");

        CatalogueChange result = administration.change(housing(), edited);

        assertThat(result).isInstanceOfSatisfying(CatalogueChange.Rejected.class,
                rejected -> assertThat(rejected.messageFor(field)).get().asString().contains(message));
        assertThat(table.row("housing")).isEqualTo(before);
        assertThat(table.auditEntriesAbout("housing")).isEqualTo(audited);
        assertThat(catalogue.byCode("housing")).contains(housing());
    }

    @Test
    void everyProblemIsReportedTogetherAndNothingIsSaved() {
        Map<String, Object> before = table.row("housing");
        Service bad = new Service("housing", "", "general", PriorityClass.STANDARD, 0, 150, -3, 200, true);

        CatalogueChange result = administration.change(housing(), bad);

        assertThat(result).isInstanceOfSatisfying(CatalogueChange.Rejected.class, rejected ->
                assertThat(rejected.problems()).extracting(ServiceProblem::field).containsExactly(ServiceField.NAME,
                        ServiceField.QUEUE, ServiceField.ANSWER_WITHIN, ServiceField.ANSWERED_TARGET,
                        ServiceField.CALLER_PRIORITY, ServiceField.WEIGHT));
        assertThat(table.row("housing")).isEqualTo(before);
    }

    @Test
    void anUnknownQueueIsExplainedWithTheQueuesThePhoneSystemHasWithoutAService() {
        simulator.addQueue("libraries", 0);
        await().atMost(PATIENCE).pollInSameThread().until(() -> administration.knownQueues().contains("libraries"));

        CatalogueChange result = administration.add(new Service("parking", "Parking", "parking-permits",
                PriorityClass.STANDARD, 300, 80, 0, 0, true));

        assertThat(result).isInstanceOfSatisfying(CatalogueChange.Rejected.class, rejected ->
                assertThat(rejected.messageFor(ServiceField.QUEUE)).get().asString()
                        .contains("The phone system reports no queue 'parking-permits'")
                        .contains("queues.conf")
                        .contains("Queues on the phone system without a service: libraries"));
        assertThat(catalogue.byCode("parking")).isEmpty();
        assertThat(table.auditEntriesAbout("parking")).isZero();
    }

    @Test
    void aNewServiceOnAQueueThePhoneSystemReportsIsAddedAuditedAndMeasuredLive() {
        simulator.addQueue("libraries", 0);
        simulator.joinCaller("libraries", "07700900555", 0);
        await().atMost(PATIENCE).pollInSameThread().until(() -> administration.knownQueues().contains("libraries"));
        assertThat(liveQueue("libraries").service()).as("measured as an unknown queue so far").isEqualTo("libraries");

        CatalogueChange result = administration.add(new Service("libraries", " Libraries ", "libraries",
                PriorityClass.STANDARD, 240, 85, 0, 0, true));

        Service libraries = new Service("libraries", "Libraries", "libraries", PriorityClass.STANDARD, 240, 85, 0, 0,
                true);
        assertThat(result).isEqualTo(new CatalogueChange.Saved(libraries));
        assertThat(catalogue.byCode("libraries")).contains(libraries);
        assertThat(lastServiceEntry()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditActions.SERVICE_ADDED);
            assertThat(entry.actor()).isEqualTo("chief-admin");
            assertThat(entry.subject()).isEqualTo("libraries");
            assertThat(entry.detail()).isEqualTo("name: Libraries; queue: libraries; class: standard; "
                    + "answer within: 240 s; answered at least: 85 %; caller priority: 0; queue weight: 0; active: yes");
        });
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(liveQueue("libraries"))
                .extracting(LiveQueue::service, LiveQueue::answerWithinSeconds, LiveQueue::answeredTargetPercent)
                .containsExactly("Libraries", 240, 85));
    }

    @Test
    void aNewServiceMayNotTakeACodeOrQueueAlreadyInTheCatalogue() {
        CatalogueChange result = administration.add(new Service("housing", "Homes", "benefits",
                PriorityClass.STANDARD, 300, 80, 0, 0, true));

        assertThat(result).isInstanceOfSatisfying(CatalogueChange.Rejected.class, rejected -> {
            assertThat(rejected.messageFor(ServiceField.CODE)).contains("There is already a service with code 'housing' (Housing)");
            assertThat(rejected.messageFor(ServiceField.QUEUE)).get().asString().contains("already answers Benefits");
        });
        assertThat(table.row("housing").get("name")).isEqualTo("Housing");
    }

    @Test
    void aValidEditIsSavedAndAuditedWithEachChangedFieldBeforeAndAfter() {
        Service edited = new Service("housing", "Housing", "housing", PriorityClass.STANDARD, 240, 85, 0, 0, true);

        CatalogueChange result = administration.change(housing(), edited);

        assertThat(result).isEqualTo(new CatalogueChange.Saved(edited));
        assertThat(table.row("housing")).containsEntry("answer_within_seconds", 240).containsEntry("answered_target_pct", 85);
        assertThat(lastServiceEntry()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditActions.SERVICE_CHANGED);
            assertThat(entry.actor()).isEqualTo("chief-admin");
            assertThat(entry.subject()).isEqualTo("housing");
            assertThat(entry.detail()).isEqualTo("answer within: 300 s → 240 s; answered at least: 80 % → 85 %");
        });
    }

    @Test
    void theLiveStateMeasuresAgainstTheNewTargetWithoutARestart() {
        await().atMost(PATIENCE).until(() -> liveQueues.snapshot().queue("highways").isPresent());
        assertThat(liveQueue("highways").answerWithinSeconds()).isEqualTo(300);
        Service highways = catalogue.byCode("highways").orElseThrow();

        administration.change(highways, new Service("highways", "Highways and Streets", "highways",
                PriorityClass.PRIORITY, 120, 90, 10, 10, true));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(liveQueue("highways"))
                .extracting(LiveQueue::service, LiveQueue::priorityClass, LiveQueue::answerWithinSeconds,
                        LiveQueue::answeredTargetPercent)
                .containsExactly("Highways and Streets", PriorityClass.PRIORITY, 120, 90));
    }

    @Test
    void deactivatingAndReactivatingAreEachAudited() {
        CatalogueChange off = administration.deactivate(housing());

        assertThat(off).isEqualTo(new CatalogueChange.Saved(housing().withActive(false)));
        assertThat(table.row("housing").get("active")).isEqualTo(false);
        assertThat(lastServiceEntry()).extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(AuditActions.SERVICE_DEACTIVATED, "active: yes → no");

        administration.reactivate(housing().withActive(false));

        assertThat(table.row("housing").get("active")).isEqualTo(true);
        assertThat(lastServiceEntry()).extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(AuditActions.SERVICE_REACTIVATED, "active: no → yes");
    }

    @Test
    void anEditOverValuesSomeoneElseChangedMeanwhileIsRefused() {
        Service readByFirst = housing();
        administration.change(housing(), new Service("housing", "Housing", "housing", PriorityClass.STANDARD,
                200, 80, 0, 0, true));
        long audited = table.auditEntriesAbout("housing");

        CatalogueChange late = administration.change(readByFirst, new Service("housing", "Housing", "housing",
                PriorityClass.STANDARD, 300, 95, 0, 0, true));

        assertThat(late).isInstanceOfSatisfying(CatalogueChange.Rejected.class, rejected ->
                assertThat(rejected.messageFor(ServiceField.SERVICE)).get().asString()
                        .contains("changed by someone else").contains("answer within: 300 s → 200 s"));
        assertThat(table.row("housing")).containsEntry("answer_within_seconds", 200).containsEntry("answered_target_pct", 80);
        assertThat(table.auditEntriesAbout("housing")).isEqualTo(audited);
    }

    @Test
    void savingTheSameValuesWritesAndAuditsNothing() {
        long audited = table.auditEntriesAbout("housing");

        assertThat(administration.change(housing(), housing())).isEqualTo(new CatalogueChange.Unchanged(housing()));
        assertThat(table.auditEntriesAbout("housing")).isEqualTo(audited);
    }

    @Test
    void someoneWhoIsNotAnAdministratorIsRefusedAndNothingIsSaved() {
        Map<String, Object> before = table.row("housing");
        long audited = table.auditEntriesAbout("housing");
        signIn("leader", Roles.TEAM_LEADER, Roles.HANDLER);
        Service edited = new Service("housing", "Housing", "housing", PriorityClass.PRIORITY, 60, 99, 0, 0, true);

        assertThatThrownBy(() -> administration.change(housing(), edited)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.deactivate(housing())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.add(new Service("parking", "Parking", "parking",
                PriorityClass.STANDARD, 300, 80, 0, 0, true))).isInstanceOf(AccessDeniedException.class);
        assertThat(table.row("housing")).isEqualTo(before);
        assertThat(table.auditEntriesAbout("housing")).isEqualTo(audited);
    }

    private static Service housing() {
        return new Service("housing", "Housing", "housing", PriorityClass.STANDARD, 300, 80, 0, 0, true);
    }

    private static Service edit(Service s, String field, Object value) {
        return new Service(field.equals("code") ? (String) value : s.code(), field.equals("name") ? (String) value : s.name(),
                field.equals("queue") ? (String) value : s.queueName(), s.priorityClass(),
                field.equals("within") ? (Integer) value : s.answerWithinSeconds(),
                field.equals("pct") ? (Integer) value : s.answeredTargetPercent(),
                field.equals("weight") ? (Integer) value : s.weight(),
                field.equals("prio") ? (Integer) value : s.callerPriority(), s.active());
    }

    private LiveQueue liveQueue(String name) {
        return liveQueues.snapshot().queue(name).orElseThrow();
    }

    private AuditEntry lastServiceEntry() {
        return audit.latest(20).stream().filter(entry -> entry.action().startsWith("SERVICE_")).findFirst().orElseThrow();
    }

    private static void signIn(String username, String... roles) {
        ConsoleUserDetails principal = new ConsoleUserDetails(username, "Test " + username, Optional.empty(),
                Set.of(roles), "", true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
