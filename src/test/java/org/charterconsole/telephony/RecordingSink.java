package org.charterconsole.telephony;

import org.charterconsole.pbx.PbxEvent;
import org.charterconsole.pbx.PbxEventSink;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event it is given, and the names of the threads that gave them. */
final class RecordingSink implements PbxEventSink {

    private final List<PbxEvent> events = new CopyOnWriteArrayList<>();
    private final Set<String> threads = ConcurrentHashMap.newKeySet();

    @Override
    public void accept(PbxEvent event) {
        threads.add(Thread.currentThread().getName());
        events.add(event);
    }

    List<PbxEvent> events() {
        return List.copyOf(events);
    }

    <T extends PbxEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    Set<String> threads() {
        return Set.copyOf(threads);
    }
}
