package org.charterconsole.base.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * What a view listens to while it is attached, closed together when it detaches. A view can be
 * attached more than once, so it closes what it holds before subscribing again.
 */
public final class Subscriptions {

    private final List<AutoCloseable> open = new ArrayList<>();

    public void add(AutoCloseable subscription) {
        open.add(subscription);
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
