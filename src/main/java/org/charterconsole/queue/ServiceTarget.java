package org.charterconsole.queue;

/** The service a queue serves and the charter targets its calls are measured against. */
public record ServiceTarget(String queue, String service, PriorityClass priorityClass, int answerWithinSeconds,
                            int answeredTargetPercent) {

    /** For a queue the catalogue does not know: named after itself, measured as a standard service. */
    public static ServiceTarget standardFor(String queue) {
        return new ServiceTarget(queue, queue, PriorityClass.STANDARD, 300, 80);
    }

    public boolean withinTarget(long waitSeconds) {
        return waitSeconds <= answerWithinSeconds;
    }
}
