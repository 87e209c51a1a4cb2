package org.charterconsole.catalogue;

import org.charterconsole.queue.PriorityClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** A service's fields as the audit trail and messages write them: "answer within: 300 s → 240 s". */
final class ServiceChanges {

    private record Part(String label, Function<Service, String> value) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("name", Service::name),
            new Part("queue", Service::queueName),
            new Part("class", s -> classLabel(s.priorityClass())),
            new Part("answer within", s -> s.answerWithinSeconds() + " s"),
            new Part("answered at least", s -> s.answeredTargetPercent() + " %"),
            new Part("caller priority", s -> String.valueOf(s.callerPriority())),
            new Part("queue weight", s -> String.valueOf(s.weight())),
            new Part("active", s -> s.active() ? "yes" : "no"));

    /** Each changed field as "label: before → after", joined by "; "; empty when nothing changed. */
    static String between(Service before, Service after) {
        List<String> changed = new ArrayList<>();
        for (Part part : PARTS) {
            String was = part.value().apply(before);
            String now = part.value().apply(after);
            if (!was.equals(now)) {
                changed.add(part.label() + ": " + was + " → " + now);
            }
        }
        return String.join("; ", changed);
    }

    /** Every field as "label: value", for a new service. */
    static String describe(Service service) {
        List<String> parts = new ArrayList<>();
        for (Part part : PARTS) {
            parts.add(part.label() + ": " + part.value().apply(service));
        }
        return String.join("; ", parts);
    }

    static String classLabel(PriorityClass priorityClass) {
        return priorityClass.name().toLowerCase(Locale.ROOT);
    }

    private ServiceChanges() {
    }
}
