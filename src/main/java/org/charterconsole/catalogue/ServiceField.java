package org.charterconsole.catalogue;

/** The parts of a service a problem can be about; {@link #SERVICE} is the service as a whole. */
public enum ServiceField {
    CODE("Code"),
    NAME("Name"),
    QUEUE("Queue"),
    PRIORITY_CLASS("Class"),
    ANSWER_WITHIN("Answer within"),
    ANSWERED_TARGET("Answered at least"),
    CALLER_PRIORITY("Caller priority"),
    WEIGHT("Queue weight"),
    SERVICE("Service");

    private final String label;

    ServiceField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
