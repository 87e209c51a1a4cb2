package org.charterconsole.catalogue;

import org.charterconsole.queue.PriorityClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes each field of a service acceptable on its own, with the message an administrator
 * reads. The catalogue administration applies every rule; the catalogue view's form shows the same
 * messages at its fields while they are typed.
 */
public final class ServiceRules {

    public static final int MAX_ANSWER_WITHIN_SECONDS = 3600;
    public static final int MAX_CALLER_PRIORITY = 100;
    public static final int MAX_WEIGHT = 100;
    /** app_queue reads its own settings from the {@code [general]} section of queues.conf. */
    public static final String RESERVED_QUEUE = "general";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_CODE = 64;
    private static final int MAX_NAME = 200;
    private static final int MAX_QUEUE = 128;

    public static Optional<String> code(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("Enter a code, e.g. council-tax");
        }
        if (code.length() > MAX_CODE || !SLUG.matcher(code).matches()) {
            return Optional.of("A code is lower-case letters, digits and single hyphens, e.g. council-tax, "
                    + "at most " + MAX_CODE + " characters");
        }
        return Optional.empty();
    }

    public static Optional<String> name(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Enter the service's name as callers know it, e.g. Council Tax");
        }
        if (name.strip().length() > MAX_NAME) {
            return Optional.of("A name is at most " + MAX_NAME + " characters");
        }
        return Optional.empty();
    }

    public static Optional<String> queue(String queue) {
        if (queue == null || queue.isBlank()) {
            return Optional.of("Enter the queue that answers this service's calls");
        }
        if (RESERVED_QUEUE.equals(queue)) {
            return Optional.of("'general' cannot be a queue: it is app_queue's own settings section in "
                    + "queues.conf. Use another name, e.g. general-enquiries");
        }
        if (queue.length() > MAX_QUEUE || !SLUG.matcher(queue).matches()) {
            return Optional.of("A queue name is lower-case letters, digits and single hyphens, e.g. council-tax, "
                    + "at most " + MAX_QUEUE + " characters");
        }
        return Optional.empty();
    }

    public static Optional<String> priorityClass(PriorityClass priorityClass) {
        return priorityClass == null ? Optional.of("Choose priority or standard") : Optional.empty();
    }

    public static Optional<String> answerWithin(Integer seconds) {
        if (seconds == null || seconds < 1 || seconds > MAX_ANSWER_WITHIN_SECONDS) {
            return Optional.of("Answer within is 1 to " + MAX_ANSWER_WITHIN_SECONDS
                    + " seconds (at most an hour); the charter's targets are 120 and 300");
        }
        return Optional.empty();
    }

    public static Optional<String> answeredTarget(Integer percent) {
        if (percent == null || percent < 0 || percent > 100) {
            return Optional.of("Answered at least is a percentage from 0 to 100");
        }
        return Optional.empty();
    }

    public static Optional<String> callerPriority(Integer priority) {
        if (priority == null || priority < 0 || priority > MAX_CALLER_PRIORITY) {
            return Optional.of("Caller priority (the dialplan's QUEUE_PRIO) is a whole number from 0 to "
                    + MAX_CALLER_PRIORITY + "; higher is answered first within a queue");
        }
        return Optional.empty();
    }

    public static Optional<String> weight(Integer weight) {
        if (weight == null || weight < 0 || weight > MAX_WEIGHT) {
            return Optional.of("Queue weight is a whole number from 0 to " + MAX_WEIGHT
                    + "; a heavier queue is served first by agents it shares with others");
        }
        return Optional.empty();
    }

    /** Every field rule broken by {@code service}, in the order of the form. */
    static List<ServiceProblem> check(Service service) {
        List<ServiceProblem> problems = new ArrayList<>();
        code(service.code()).ifPresent(m -> problems.add(new ServiceProblem(ServiceField.CODE, m)));
        name(service.name()).ifPresent(m -> problems.add(new ServiceProblem(ServiceField.NAME, m)));
        queue(service.queueName()).ifPresent(m -> problems.add(new ServiceProblem(ServiceField.QUEUE, m)));
        priorityClass(service.priorityClass())
                .ifPresent(m -> problems.add(new ServiceProblem(ServiceField.PRIORITY_CLASS, m)));
        answerWithin(service.answerWithinSeconds())
                .ifPresent(m -> problems.add(new ServiceProblem(ServiceField.ANSWER_WITHIN, m)));
        answeredTarget(service.answeredTargetPercent())
                .ifPresent(m -> problems.add(new ServiceProblem(ServiceField.ANSWERED_TARGET, m)));
        callerPriority(service.callerPriority())
                .ifPresent(m -> problems.add(new ServiceProblem(ServiceField.CALLER_PRIORITY, m)));
        weight(service.weight()).ifPresent(m -> problems.add(new ServiceProblem(ServiceField.WEIGHT, m)));
        return problems;
    }

    private ServiceRules() {
    }
}
