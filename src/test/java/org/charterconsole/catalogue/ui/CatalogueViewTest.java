package org.charterconsole.catalogue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.charterconsole.KaribuTest;
import org.charterconsole.audit.AuditActions;
import org.charterconsole.audit.AuditEntry;
import org.charterconsole.audit.AuditService;
import org.charterconsole.catalogue.Service;
import org.charterconsole.catalogue.ServiceCatalogue;
import org.charterconsole.catalogue.ServiceRules;
import org.charterconsole.catalogue.ServiceTable;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.security.Roles;
import org.charterconsole.simulator.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CatalogueViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ServiceCatalogue catalogue;
    @Autowired
    AuditService audit;
    @Autowired
    PbxSimulator simulator;
    @Autowired
    LiveQueues liveQueues;

    private ServiceTable table;

    @BeforeEach
    void openTheCatalogueAsAnAdministrator() {
        table = ServiceTable.remember(jdbc);
        login("chief-admin", Roles.ADMIN);
        UI.getCurrent().navigate(CatalogueView.class);
    }

    @AfterEach
    void putTheCatalogueBack() {
        table.restore();
        catalogue.reload();
    }

    @Test
    void theGridListsEveryServicePriorityClassFirst() {
        assertThat(grid().getListDataView().getItems().map(Service::code).toList())
                .hasSize(catalogue.services().size()).startsWith("adult-social-care").contains("general", "housing");
    }

    @Test
    void anAdministratorChangesATargetWhichIsSavedAuditedAndConfirmed() {
        select("housing");
        _setValue(integerField("Answer within (seconds)"), 240);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        expectNotifications("Saved Housing. Consoles and wallboards now use its targets.");
        assertThat(table.row("housing")).containsEntry("answer_within_seconds", 240);
        assertThat(catalogue.byCode("housing").orElseThrow().answerWithinSeconds()).isEqualTo(240);
        assertThat(grid().getListDataView().getItems().filter(s -> s.code().equals("housing")).findFirst().orElseThrow()
                .answerWithinSeconds()).isEqualTo(240);
        assertThat(lastServiceEntry()).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::detail)
                .containsExactly(AuditActions.SERVICE_CHANGED, "chief-admin", "answer within: 300 s → 240 s");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("pbx-follow-up")).getText())
                .contains("In queues.conf, set servicelevel=240 on [housing].");
    }

    @Test
    void anEmptyNameIsShownAtTheNameFieldAndNothingIsSaved() {
        Map<String, Object> before = table.row("housing");
        long audited = table.auditEntriesAbout("housing");
        select("housing");

        _setValue(textField("Name"), "");
        _setValue(integerField("Answered at least (%)"), 120);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(textField("Name").isInvalid()).isTrue();
        assertThat(textField("Name").getErrorMessage()).isEqualTo(ServiceRules.name("").orElseThrow());
        assertThat(integerField("Answered at least (%)").getErrorMessage())
                .isEqualTo(ServiceRules.answeredTarget(120).orElseThrow());
        assertThat(table.row("housing")).isEqualTo(before);
        assertThat(table.auditEntriesAbout("housing")).isEqualTo(audited);
    }

    @Test
    void aQueueThePhoneSystemDoesNotHaveIsShownAtTheQueueFieldWithTheKnownOnes() {
        _click(_get(Button.class, spec -> spec.withText("New service")));
        _setValue(textField("Code"), "parking");
        _setValue(textField("Name"), "Parking");
        _setValue(textField("Queue"), "parking-permits");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(textField("Queue").isInvalid()).isTrue();
        assertThat(textField("Queue").getErrorMessage()).contains("no queue 'parking-permits'", "queues.conf");
        assertThat(_get(Span.class, spec -> spec.withClasses("form-problem")).getText()).contains("Nothing was saved");
        assertThat(catalogue.byCode("parking")).isEmpty();
        assertThat(table.auditEntriesAbout("parking")).isZero();
    }

    @Test
    void anAdministratorAddsAServiceOnAQueueThePhoneSystemReports() {
        simulator.addQueue("registrars", 0);
        String caller = simulator.joinCaller("registrars", "07700900777", 0);
        try {
            addRegistrars();
        } finally {
            simulator.hangUp(caller);
        }
    }

    private void addRegistrars() {
        await().atMost(Duration.ofSeconds(20)).until(() -> liveQueues.snapshot().queue("registrars").isPresent());

        _click(_get(Button.class, spec -> spec.withText("New service")));
        assertThat(textField("Queue").getHelperText()).contains("registrars");
        _setValue(textField("Code"), "registrars");
        _setValue(textField("Name"), "Births, Deaths and Marriages");
        _setValue(textField("Queue"), "registrars");
        _setValue(integerField("Answer within (seconds)"), 180);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        expectNotifications("Added Births, Deaths and Marriages. Consoles and wallboards now use its targets.");
        assertThat(catalogue.byCode("registrars")).get().extracting(Service::queueName, Service::answerWithinSeconds,
                Service::answeredTargetPercent, Service::active).containsExactly("registrars", 180, 80, true);
        assertThat(lastServiceEntry()).extracting(AuditEntry::action, AuditEntry::subject)
                .containsExactly(AuditActions.SERVICE_ADDED, "registrars");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(liveQueues.snapshot().queue("registrars")
                .orElseThrow().service()).isEqualTo("Births, Deaths and Marriages"));
    }

    @Test
    void anAdministratorDeactivatesAndReactivatesAService() {
        select("taxi-licensing");
        _click(_get(Button.class, spec -> spec.withText("Deactivate")));

        expectNotifications("Deactivated Taxi Licensing. Consoles and wallboards now use its targets.");
        assertThat(table.row("taxi-licensing").get("active")).isEqualTo(false);
        assertThat(lastServiceEntry().action()).isEqualTo(AuditActions.SERVICE_DEACTIVATED);

        _click(_get(Button.class, spec -> spec.withText("Reactivate")));

        assertThat(table.row("taxi-licensing").get("active")).isEqualTo(true);
        assertThat(lastServiceEntry().action()).isEqualTo(AuditActions.SERVICE_REACTIVATED);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Service> grid() {
        return _get(Grid.class);
    }

    private static void select(String code) {
        Grid<Service> grid = grid();
        grid.select(grid.getListDataView().getItems().filter(s -> s.code().equals(code)).findFirst().orElseThrow());
    }

    private static TextField textField(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static IntegerField integerField(String label) {
        return _get(IntegerField.class, spec -> spec.withLabel(label));
    }

    private AuditEntry lastServiceEntry() {
        return audit.latest(20).stream().filter(entry -> entry.action().startsWith("SERVICE_")).findFirst().orElseThrow();
    }
}
