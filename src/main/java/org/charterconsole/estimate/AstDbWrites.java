package org.charterconsole.estimate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which AstDB values are due to be written: a key never written, a value that changed materially
 * (by {@code materialSeconds} or {@code materialPercent} of the value last written; any change of a
 * value that is not a number), and every key again once {@code refresh} has passed since it was written.
 * After a reconnect the PBX may have restarted with an empty AstDB: {@link #forgetAll()} rewrites everything.
 */
final class AstDbWrites {

    private record Written(String value, Instant at) {}

    private final Duration refresh;
    private final int materialSeconds;
    private final int materialPercent;
    private final Map<String, Written> written = new HashMap<>();

    AstDbWrites(EstimateProperties properties) {
        this.refresh = properties.refresh();
        this.materialSeconds = properties.materialSeconds();
        this.materialPercent = properties.materialPercent();
    }

    /** Of the values wanted now, those to write; they count as written from {@code now}. */
    synchronized Map<String, String> due(Map<String, String> wanted, Instant now) {
        Map<String, String> due = new LinkedHashMap<>();
        wanted.forEach((key, value) -> {
            Written last = written.get(key);
            if (last == null || !now.isBefore(last.at().plus(refresh)) || material(last.value(), value)) {
                due.put(key, value);
                written.put(key, new Written(value, now));
            }
        });
        return due;
    }

    /** The PBX did not take it: try again on the next round. */
    synchronized void failed(String key, String value) {
        Written last = written.get(key);
        if (last != null && last.value().equals(value)) {
            written.remove(key);
        }
    }

    /** The key was deleted: if it is wanted again, it is written at once. */
    synchronized void forget(String key) {
        written.remove(key);
    }

    synchronized void forgetAll() {
        written.clear();
    }

    private boolean material(String before, String now) {
        if (before.equals(now)) {
            return false;
        }
        try {
            long old = Long.parseLong(before);
            long change = Math.abs(Long.parseLong(now) - old);
            return change >= materialSeconds || change * 100 >= (long) materialPercent * Math.abs(old);
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
