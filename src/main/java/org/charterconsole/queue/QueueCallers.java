package org.charterconsole.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The callers waiting in one queue, kept in app_queue's order: higher QUEUE_PRIO first, then
 * join order. Asterisk sends no event when others move up, so positions are always derived here.
 */
final class QueueCallers {

    private static final Comparator<Entry> APP_QUEUE_ORDER =
            Comparator.comparingInt(Entry::priority).reversed().thenComparingLong(Entry::joinSequence);

    record Entry(String uniqueId, String channel, String callerNumber, String callerName, int priority,
                 Instant joinedAt, long joinSequence) {}

    private final String queue;
    private final List<Entry> entries = new ArrayList<>();

    QueueCallers(String queue) {
        this.queue = queue;
    }

    boolean contains(String uniqueId) {
        return entries.stream().anyMatch(e -> e.uniqueId().equals(uniqueId));
    }

    Optional<Entry> remove(String uniqueId) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).uniqueId().equals(uniqueId)) {
                return Optional.of(entries.remove(i));
            }
        }
        return Optional.empty();
    }

    void add(Entry entry) {
        entries.add(entry);
        entries.sort(APP_QUEUE_ORDER);
    }

    Optional<Entry> entry(String uniqueId) {
        return entries.stream().filter(e -> e.uniqueId().equals(uniqueId)).findFirst();
    }

    /**
     * Puts the caller at {@code position} (1 = head), as app_queue does with Queue()'s position
     * argument: never ahead of a caller of higher priority. The join order is renumbered from
     * {@code nextSequence} to keep the new order.
     */
    void placeAt(Entry entry, int position, LongSupplier nextSequence) {
        remove(entry.uniqueId());
        entries.add(Math.max(0, Math.min(position - 1, entries.size())), entry);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            entries.set(i, new Entry(e.uniqueId(), e.channel(), e.callerNumber(), e.callerName(), e.priority(),
                    e.joinedAt(), nextSequence.getAsLong()));
        }
        entries.sort(APP_QUEUE_ORDER);
    }

    void clear() {
        entries.clear();
    }

    List<String> uniqueIds() {
        return entries.stream().map(Entry::uniqueId).toList();
    }

    /**
     * QueueCallerJoin does not carry QUEUE_PRIO, only where the caller landed. A caller placed
     * ahead of others must outrank the one it displaced; the next QueueStatus gives the exact value.
     */
    int priorityForJoinAt(int position) {
        int index = position - 1;
        if (index < 0 || index >= entries.size()) {
            return entries.isEmpty() ? 0 : Math.min(0, entries.get(entries.size() - 1).priority());
        }
        int displaced = entries.get(index).priority();
        if (index > 0 && entries.get(index - 1).priority() > displaced) {
            return entries.get(index - 1).priority();
        }
        return displaced + 1;
    }

    List<WaitingCaller> waiting() {
        List<WaitingCaller> waiting = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            waiting.add(new WaitingCaller(e.uniqueId(), queue, e.channel(), e.callerNumber(), e.callerName(),
                    i + 1, e.priority(), e.joinedAt()));
        }
        return waiting;
    }
}
