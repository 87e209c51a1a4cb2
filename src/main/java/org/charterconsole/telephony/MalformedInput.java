package org.charterconsole.telephony;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts AMI input the adapter cannot use and warns once per kind, so a PBX that keeps sending
 * the same odd event cannot flood the log. Never logs caller numbers.
 */
class MalformedInput {

    private static final Logger log = LoggerFactory.getLogger(MalformedInput.class);

    private final Set<String> kindsWarned = ConcurrentHashMap.newKeySet();
    private final Counter counter;

    MalformedInput(MeterRegistry meters) {
        this.counter = Counter.builder("console_ami_malformed_total")
                .description("AMI events skipped because they could not be translated")
                .register(meters);
    }

    void skip(String kind, String detail) {
        counter.increment();
        if (kindsWarned.add(kind)) {
            log.warn("Skipping AMI input the console cannot use ({}): {}; further ones of this kind are only counted",
                    kind, detail);
        }
    }

    long count() {
        return (long) counter.count();
    }
}
