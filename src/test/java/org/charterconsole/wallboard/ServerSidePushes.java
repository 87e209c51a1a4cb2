package org.charterconsole.wallboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.UidlWriter;

import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** The push of the benchmark's server-side sessions: what a browser tab's push costs, without the network. */
final class ServerSidePushes {

    private ServerSidePushes() {
    }

    /**
     * What a browser tab's push costs the server, without the network: each push serialises the UI's changes
     * as Vaadin would for the websocket, and so also collects them (without it a server-side session's
     * pending changes would pile up and make every later change slower than in a real tab). Once written, the
     * probe count it carried is recorded as shown (the push runs under the session's lock, like the change).
     */
    static final class SerialisedPush implements PushConnection {
        private final UI ui;
        private final Map<Integer, Long> seen;
        private final PushSizes sizes;
        volatile Span probe;
        private int highest;

        SerialisedPush(UI ui, Map<Integer, Long> seen, PushSizes sizes) {
            this.ui = ui;
            this.seen = seen;
            this.sizes = sizes;
        }

        @Override
        public void push() {
            ObjectNode uidl = new UidlWriter().createUidl(ui, true);
            String message = uidl.toString();
            sizes.add(uidl.has("changes") ? uidl.get("changes").size() : 0, message.length());
            Span shown = probe;
            if (shown != null) {
                long now = System.currentTimeMillis();
                int count = leadingNumber(shown.getText());
                for (int k = highest + 1; k <= count; k++) {
                    seen.put(k, now);
                }
                highest = Math.max(highest, count);
            }
        }

        @Override
        public void disconnect() {
        }

        @Override
        public boolean isConnected() {
            return true;
        }
    }

    /** How many state changes and characters the server-side sessions' pushes carried, while measuring. */
    static final class PushSizes {
        private final LongAdder pushes = new LongAdder();
        private final LongAdder changes = new LongAdder();
        private final LongAdder characters = new LongAdder();
        volatile boolean counting;

        void add(int changeCount, int length) {
            if (counting) {
                pushes.increment();
                changes.add(changeCount);
                characters.add(length);
            }
        }

        String describe(String view, double seconds) {
            long n = Math.max(1, pushes.sum());
            return "  %-9s %6.0f pushes/s, %5.1f changes and %6.0f characters per push%n".formatted(view,
                    pushes.sum() / seconds, (double) changes.sum() / n, (double) characters.sum() / n);
        }
    }

    static int leadingNumber(String text) {
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == 0 ? -1 : Integer.parseInt(text.substring(0, end));
    }
}
