package org.charterconsole.queue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code console_calls_total{queue,outcome}}: counts each call once per settled outcome it reaches
 * (a call first settled as UNKNOWN and later seen answered counts under both).
 */
@Component
public class CallOutcomeCounter implements CallRecordSink {

    private static final int REMEMBERED_CALLS = 50_000;

    private final MeterRegistry registry;
    /** Calls already counted, oldest first; bounded, as the live state forgets calls too. */
    private final Map<CallRecord.Key, CallOutcome> counted = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CallRecord.Key, CallOutcome> eldest) {
            return size() > REMEMBERED_CALLS;
        }
    };

    CallOutcomeCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public synchronized void recorded(CallRecord record) {
        if (!record.outcome().isFinal() || counted.get(record.key()) == record.outcome()) {
            return;
        }
        counted.put(record.key(), record.outcome());
        Counter.builder("console.calls")
                .description("Queued calls by how they ended")
                .tag("queue", record.queue())
                .tag("outcome", record.outcome().name().toLowerCase(java.util.Locale.ROOT))
                .register(registry)
                .increment();
    }
}
