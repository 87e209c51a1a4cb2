package org.charterconsole.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.charterconsole.security.ConsoleUser;
import org.charterconsole.security.Roles;
import org.charterconsole.security.UserAdministration;
import org.charterconsole.security.UserSummary;

import java.util.Optional;
import java.util.stream.Collectors;

/** The administrator's users: add one, disable or enable one, set a new password. */
@Route("users")
@PageTitle("Users · Charter Console")
@Menu(title = "Users", order = 90)
@RolesAllowed(Roles.ADMIN)
public class UsersView extends VerticalLayout {

    private final UserAdministration administration;
    private final Grid<UserSummary> users = new Grid<>();
    private final Span selected = new Span();
    private final Button enableOrDisable = new Button();
    private final PasswordField newPassword = new PasswordField("New password");
    private final TextField phone = new TextField("Phone");
    private final HorizontalLayout actions;
    private final NewUserForm form = new NewUserForm();
    private final Span problem = new Span();

    UsersView(UserAdministration administration) {
        this.administration = administration;
        addClassName("users-view");
        users.addColumn(summary -> summary.user().username()).setHeader("Username").setAutoWidth(true);
        users.addColumn(summary -> summary.user().displayName()).setHeader("Name").setAutoWidth(true);
        users.addColumn(summary -> summary.user().roles().stream().sorted().map(Roles::label)
                .collect(Collectors.joining(", "))).setHeader("Roles").setAutoWidth(true);
        users.addColumn(summary -> summary.user().agentInterface().orElse("")).setHeader("Phone").setAutoWidth(true);
        users.addColumn(summary -> summary.enabled() ? "yes" : "no").setHeader("May sign in").setAutoWidth(true);
        users.setAllRowsVisible(true);
        users.asSingleSelect().addValueChangeListener(event -> showActions(Optional.ofNullable(event.getValue())));

        enableOrDisable.addClickListener(click -> run(this::enableOrDisable));
        Button setPassword = new Button("Set password", click -> run(this::setPassword));
        phone.setPlaceholder("PJSIP/2001");
        phone.setHelperText("Blank for none");
        Button setPhone = new Button("Set phone", click -> run(this::setPhone));
        actions = new HorizontalLayout(selected, enableOrDisable, newPassword, setPassword, phone, setPhone);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setVisible(false);

        problem.addClassName("form-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        Button add = new Button("Add user", click -> run(this::addUser));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H2("Users"), users, actions, problem, new H2("Add a user"), form, add);
        refresh();
    }

    private void addUser() {
        ConsoleUser created = administration.create(form.read());
        form.clear();
        refresh();
        Notification.show("Added " + created.username());
    }

    private void enableOrDisable() {
        UserSummary summary = users.asSingleSelect().getValue();
        if (summary.enabled()) {
            administration.disable(summary.user().username());
        } else {
            administration.enable(summary.user().username());
        }
        refresh();
    }

    private void setPassword() {
        String username = users.asSingleSelect().getValue().user().username();
        administration.setPassword(username, newPassword.getValue());
        newPassword.clear();
        Notification.show("New password set for " + username);
    }

    private void setPhone() {
        String username = users.asSingleSelect().getValue().user().username();
        administration.setPhone(username, phone.getValue());
        refresh();
        Notification.show(phone.getValue().isBlank() ? "Phone removed for " + username
                : "Phone " + phone.getValue().strip() + " set for " + username);
    }

    /** Bad input leaves everything as it was and says why. */
    private void run(Runnable action) {
        try {
            action.run();
            problem.setText("");
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }

    private void showActions(Optional<UserSummary> summary) {
        actions.setVisible(summary.isPresent());
        summary.ifPresent(user -> {
            selected.setText(user.user().username());
            enableOrDisable.setText(user.enabled() ? "Disable" : "Enable");
            phone.setValue(user.user().agentInterface().orElse(""));
        });
    }

    private void refresh() {
        Optional<String> keep = Optional.ofNullable(users.asSingleSelect().getValue()).map(summary -> summary.user().username());
        var all = administration.users();
        users.setItems(all);
        keep.flatMap(username -> all.stream().filter(summary -> summary.user().username().equals(username)).findFirst())
                .ifPresentOrElse(users::select, () -> showActions(Optional.empty()));
    }
}
