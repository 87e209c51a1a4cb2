package org.charterconsole.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a view listens to while it is attached, closed together when it detaches. A view can be
 * attached more than once, so what it holds is closed before it subscribes again.
 */
public final class Subscriptions {

    private final List<AutoCloseable> open = new ArrayList<>();

    /**
     * Subscriptions of a view that runs {@code follow} each time it is attached (closing what an
     * earlier attach opened) and closes everything when it is detached.
     */
    public static Subscriptions whileAttached(Component view, Consumer<UI> follow) {
        Subscriptions subscriptions = new Subscriptions();
        view.addAttachListener(attach -> {
            subscriptions.closeAll();
            follow.accept(attach.getUI());
        });
        view.addDetachListener(detach -> subscriptions.closeAll());
        return subscriptions;
    }

    public void add(AutoCloseable subscription) {
        open.add(subscription);
    }

    /**
     * Follows a source through the push dispatcher: the source's thread only offers its latest
     * value and never waits for this tab; {@code apply} runs inside {@code UI.access}.
     */
    public <T> void follow(UiPushDispatcher dispatcher, UI ui,
                           Function<Consumer<T>, ? extends AutoCloseable> subscribe, Consumer<T> apply) {
        UiPushDispatcher.Feed<T> feed = dispatcher.open(ui, value -> value, apply);
        add(feed);
        add(subscribe.apply(feed::offer));
    }

    /**
     * As {@link #follow}, for a view that shows only part of each value: a value is offered only when
     * {@code shown} (worked out on the source's thread, so it must be cheap) differs from the last
     * one offered, so the tab is not woken for changes it would not show.
     */
    public <T> void followChanges(UiPushDispatcher dispatcher, UI ui,
                                  Function<Consumer<T>, ? extends AutoCloseable> subscribe,
                                  Function<T, ?> shown, Consumer<T> apply) {
        UiPushDispatcher.Feed<T> feed = dispatcher.open(ui, value -> value, apply);
        AtomicReference<Object> lastShown = new AtomicReference<>();
        add(feed);
        add(subscribe.apply(value -> {
            Object part = shown.apply(value);
            if (!Objects.equals(lastShown.getAndSet(part), part)) {
                feed.offer(value);
            }
        }));
    }

    /** Runs {@code tick} in the tab once a second, through the push dispatcher. */
    public void tickEverySecond(UiPushDispatcher dispatcher, UI ui, SecondTicker ticker, Runnable tick) {
        this.<Boolean>follow(dispatcher, ui, beat -> ticker.subscribe(() -> beat.accept(Boolean.TRUE)),
                beat -> tick.run());
    }

    public void closeAll() {
        for (AutoCloseable subscription : open) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // closing a subscription only removes a listener
            }
        }
        open.clear();
    }

    public int size() {
        return open.size();
    }
}
