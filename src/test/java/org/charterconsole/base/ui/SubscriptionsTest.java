package org.charterconsole.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** A view following only part of a source is woken only when that part changes. */
class SubscriptionsTest {

    private final List<Consumer<String>> listeners = new ArrayList<>();
    private final List<String> applied = new ArrayList<>();
    private final Subscriptions subscriptions = new Subscriptions();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        subscriptions.closeAll();
        MockVaadin.tearDown();
    }

    @Test
    void aValueWhoseShownPartIsUnchangedIsNotOffered() {
        subscriptions.followChanges(UiPushDispatcher.direct(), UI.getCurrent(), this::subscribe,
                (String value) -> value.charAt(0), applied::add);

        publish("a1");
        publish("a2");
        publish("b1");
        publish("a3");

        assertThat(applied).containsExactly("a1", "b1", "a3");
    }

    @Test
    void closingStopsTheFollowing() {
        subscriptions.followChanges(UiPushDispatcher.direct(), UI.getCurrent(), this::subscribe,
                (String value) -> value, applied::add);
        subscriptions.closeAll();

        publish("a1");

        assertThat(applied).isEmpty();
        assertThat(listeners).isEmpty();
    }

    private AutoCloseable subscribe(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void publish(String value) {
        List.copyOf(listeners).forEach(listener -> listener.accept(value));
        MockVaadin.clientRoundtrip();
    }
}
