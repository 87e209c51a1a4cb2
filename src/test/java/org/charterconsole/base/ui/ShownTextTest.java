package org.charterconsole.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.change.NodeChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Text set on a live element: what it sends to the browser. */
class ShownTextTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theSameTextSendsNothingAndANewOneOnlyItsValue() {
        Span span = new Span("1:05");
        UI.getCurrent().add(span);
        changes();

        ShownText.set(span, "1:05");
        assertThat(changes()).isEmpty();

        ShownText.set(span, "1:06");
        assertThat(changes()).as("one value on the text node, the children untouched").hasSize(1);
        assertThat(span.getText()).isEqualTo("1:06");
    }

    @Test
    void anElementWithoutTextGetsIt() {
        Span span = new Span();
        UI.getCurrent().add(span);

        ShownText.set(span, "est. 2:05");

        assertThat(span.getText()).isEqualTo("est. 2:05");
    }

    private static List<NodeChange> changes() {
        List<NodeChange> changes = new ArrayList<>();
        UI.getCurrent().getInternals().getStateTree().collectChanges(changes::add);
        return changes;
    }
}
