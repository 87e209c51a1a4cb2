package org.charterconsole.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.charterconsole.security.ConsoleUser;
import org.charterconsole.security.NewUserAccount;
import org.charterconsole.security.Roles;
import org.charterconsole.security.UserAdministration;

import java.util.Optional;
import java.util.TreeSet;

/** The administrator's list of users, and the form to add one. */
@Route("users")
@PageTitle("Users · Charter Console")
@Menu(title = "Users", order = 90)
@RolesAllowed(Roles.ADMIN)
public class UsersView extends VerticalLayout {

    private final UserAdministration administration;
    private final Grid<ConsoleUser> users = new Grid<>();
    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Name");
    private final PasswordField password = new PasswordField("Password");
    private final CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");
    private final TextField phone = new TextField("Phone (queue member interface)");
    private final Span problem = new Span();

    UsersView(UserAdministration administration) {
        this.administration = administration;
        addClassName("users-view");
        users.addColumn(ConsoleUser::username).setHeader("Username").setAutoWidth(true);
        users.addColumn(ConsoleUser::displayName).setHeader("Name").setAutoWidth(true);
        users.addColumn(user -> String.join(", ", new TreeSet<>(user.roles()))).setHeader("Roles");
        users.addColumn(user -> user.agentInterface().orElse("")).setHeader("Phone").setAutoWidth(true);
        users.setAllRowsVisible(true);

        roles.setItems(new TreeSet<>(Roles.ALL));
        phone.setPlaceholder("PJSIP/2001");
        problem.addClassName("form-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        Button add = new Button("Add user", click -> addUser());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, displayName, password, phone, roles);

        add(new H2("Users"), users, new H2("Add a user"), form, problem, add);
        refresh();
    }

    private void addUser() {
        try {
            ConsoleUser created = administration.create(new NewUserAccount(username.getValue().strip(),
                    displayName.getValue(), password.getValue(), roles.getValue(),
                    Optional.of(phone.getValue().strip())));
            problem.setText("");
            username.clear();
            displayName.clear();
            password.clear();
            roles.clear();
            phone.clear();
            refresh();
            Notification.show("Added " + created.username());
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }

    private void refresh() {
        users.setItems(administration.users());
    }
}
