package org.charterconsole.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/** Server push for live queues and wallboards; Lumo, the default theme. */
@Push
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Charter Console for the council contact centre");
    }
}
