package org.charterconsole.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.charterconsole.security.NewUserAccount;
import org.charterconsole.security.Roles;

import java.util.Optional;
import java.util.TreeSet;

/** The fields of a new user; {@link #read()} checks them the same way the service does. */
class NewUserForm extends Composite<FormLayout> {

    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Name");
    private final PasswordField password = new PasswordField("Password");
    private final CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");
    private final TextField phone = new TextField("Phone (queue member interface)");

    NewUserForm() {
        roles.setItems(new TreeSet<>(Roles.ALL));
        roles.setItemLabelGenerator(Roles::label);
        phone.setPlaceholder("PJSIP/2001");
        getContent().add(username, displayName, password, phone, roles);
    }

    /** @throws IllegalArgumentException naming what is wrong */
    NewUserAccount read() {
        return new NewUserAccount(username.getValue().strip(), displayName.getValue(), password.getValue(),
                roles.getValue(), Optional.of(phone.getValue().strip()));
    }

    void clear() {
        username.clear();
        displayName.clear();
        password.clear();
        roles.clear();
        phone.clear();
    }
}
