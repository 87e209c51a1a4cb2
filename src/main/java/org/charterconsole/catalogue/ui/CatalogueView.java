package org.charterconsole.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.charterconsole.catalogue.CatalogueAdministration;
import org.charterconsole.catalogue.CatalogueChange;
import org.charterconsole.catalogue.PbxFollowUp;
import org.charterconsole.catalogue.Service;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.security.Roles;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The administrator's services: their queues, classes and charter targets; add, edit, deactivate. */
@Route("catalogue")
@PageTitle("Services · Charter Console")
@Menu(title = "Services", order = 80)
@RolesAllowed(Roles.ADMIN)
public class CatalogueView extends VerticalLayout {

    private final CatalogueAdministration administration;
    private final Grid<Service> services = new Grid<>();
    private final H3 formTitle = new H3();
    private final ServiceForm form = new ServiceForm();
    private final Span problem = new Span();
    private final Paragraph followUp = new Paragraph();
    private final Button activation = new Button();
    private Optional<Service> editing = Optional.empty();

    CatalogueView(CatalogueAdministration administration) {
        this.administration = administration;
        addClassName("catalogue-view");
        services.addColumn(Service::name).setHeader("Service").setAutoWidth(true);
        services.addColumn(Service::code).setHeader("Code").setAutoWidth(true);
        services.addColumn(Service::queueName).setHeader("Queue").setAutoWidth(true);
        services.addColumn(s -> s.priorityClass() == PriorityClass.PRIORITY ? "Priority" : "Standard").setHeader("Class");
        services.addColumn(s -> s.answerWithinSeconds() + " s").setHeader("Answer within");
        services.addColumn(s -> s.answeredTargetPercent() + " %").setHeader("Answered at least");
        services.addColumn(Service::callerPriority).setHeader("Caller priority");
        services.addColumn(Service::weight).setHeader("Queue weight");
        services.addColumn(s -> s.active() ? "yes" : "no").setHeader("Active");
        services.setAllRowsVisible(true);
        services.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue());
            }
        });

        followUp.addClassName("pbx-follow-up");
        followUp.setVisible(false);
        problem.addClassName("form-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        Button save = new Button("Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button addNew = new Button("New service", click -> startNew());
        activation.addClickListener(click -> toggleActive());

        add(new H2("Services and targets"),
                new Paragraph("Each service has one queue on the phone system. Consoles and wallboards measure "
                        + "its calls against these targets from the moment they are saved."),
                addNew, services, formTitle, form, problem, new HorizontalLayout(save, activation), followUp);
        refresh();
        startNew();
    }

    private void edit(Service service) {
        editing = Optional.of(service);
        formTitle.setText("Edit " + service.name());
        form.edit(service);
        activation.setText(service.active() ? "Deactivate" : "Reactivate");
        activation.setVisible(true);
        problem.setText("");
    }

    private void startNew() {
        editing = Optional.empty();
        services.asSingleSelect().clear();
        formTitle.setText("New service");
        form.addNew();
        form.suggestQueues(administration.queuesWithoutService());
        activation.setVisible(false);
        problem.setText("");
    }

    private void save() {
        Optional<Service> before = editing;
        form.read().ifPresent(service -> apply(before
                .map(asRead -> (Supplier<CatalogueChange>) () -> administration.change(asRead, service))
                .orElse(() -> administration.add(service.withActive(true))), before.isPresent() ? "Saved" : "Added",
                before));
    }

    private void toggleActive() {
        editing.ifPresent(asRead -> apply(() -> asRead.active() ? administration.deactivate(asRead)
                : administration.reactivate(asRead), asRead.active() ? "Deactivated" : "Reactivated",
                Optional.of(asRead)));
    }

    private void apply(Supplier<CatalogueChange> change, String done, Optional<Service> before) {
        CatalogueChange result = change.get();
        if (result instanceof CatalogueChange.Saved saved) {
            Notification notification = Notification.show(done + " " + saved.service().name()
                    + ". Consoles and wallboards now use its targets.");
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showFollowUp(saved.service(), PbxFollowUp.after(before, saved.service()));
            refresh();
            select(saved.service());
        } else if (result instanceof CatalogueChange.Unchanged unchanged) {
            Notification.show("Nothing to save: " + unchanged.service().name() + " already has these values.");
        } else if (result instanceof CatalogueChange.Rejected rejected) {
            List<String> general = form.show(rejected.problems());
            if (!general.isEmpty()) {
                refresh();
            }
            problem.setText(general.isEmpty() ? "Nothing was saved: see the marked fields."
                    : "Nothing was saved. " + String.join(" ", general));
        }
    }

    /** Stays on screen until the next save: the administrator copies it into the PBX's configuration. */
    private void showFollowUp(Service service, List<String> steps) {
        followUp.setVisible(!steps.isEmpty());
        followUp.setText(steps.isEmpty() ? "" : "For the phone system to follow " + service.name() + ": "
                + String.join(" ", steps) + " Then reload app_queue and the dialplan.");
    }

    private void select(Service service) {
        services.getListDataView().getItems().filter(s -> s.code().equals(service.code())).findFirst()
                .ifPresent(services::select);
    }

    private void refresh() {
        services.setItems(administration.services());
    }
}
