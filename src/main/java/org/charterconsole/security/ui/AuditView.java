package org.charterconsole.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.charterconsole.audit.AuditEntry;
import org.charterconsole.audit.AuditService;
import org.charterconsole.security.Roles;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

/** The newest entries of the audit trail: who did what, to what, and when (console time). */
@Route("audit")
@PageTitle("Audit trail · Charter Console")
@Menu(title = "Audit trail", order = 91)
@RolesAllowed(Roles.ADMIN)
public class AuditView extends VerticalLayout {

    static final int SHOWN = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss");

    AuditView(AuditService audit, Clock clock) {
        addClassName("audit-view");
        setSizeFull();
        Grid<AuditEntry> entries = new Grid<>();
        entries.addColumn(entry -> WHEN.format(entry.at().atZone(clock.getZone()))).setHeader("When").setAutoWidth(true);
        entries.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true);
        entries.addColumn(AuditEntry::action).setHeader("What").setAutoWidth(true);
        entries.addColumn(AuditEntry::subject).setHeader("Subject").setAutoWidth(true);
        entries.addColumn(entry -> entry.detail() == null ? "" : entry.detail()).setHeader("Detail").setFlexGrow(1);
        entries.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        entries.setItems(audit.latest(SHOWN));
        add(new H2("Audit trail (newest " + SHOWN + ")"), entries);
        expand(entries);
    }
}
