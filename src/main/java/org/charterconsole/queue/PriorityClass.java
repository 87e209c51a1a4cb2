package org.charterconsole.queue;

/** The charter's two classes of service. */
public enum PriorityClass {
    PRIORITY, STANDARD
}
