package org.charterconsole.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.charterconsole.KaribuTest;
import org.charterconsole.audit.AuditService;
import org.charterconsole.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AuditViewTest extends KaribuTest {

    @Autowired
    AuditService audit;

    @Test
    void an_administrator_sees_the_newest_entry_first_with_who_what_and_detail() {
        audit.record("leader", "AGENT_MOVED", "PJSIP/2001", "from council-tax to housing");
        login("chief-admin", Roles.ADMIN);

        UI.getCurrent().navigate(AuditView.class);

        assertThat(_getFormattedRow(_get(Grid.class), 0)).containsSubsequence(
                "leader", "AGENT_MOVED", "PJSIP/2001", "from council-tax to housing");
    }
}
