package org.charterconsole.telephony;

import org.asteriskjava.manager.action.QueueChangePriorityCallerAction;

/**
 * QueueChangePriorityCaller with {@code Immediate}: without it app_queue changes only the
 * priority and the caller keeps its position; with it the caller is moved at once.
 * asterisk-java 3.42.2 has no field for it.
 */
public class QueueChangePriorityCallerImmediateAction extends QueueChangePriorityCallerAction {

    private static final long serialVersionUID = 1L;

    /** Sent as {@code Immediate: yes}, the form Asterisk documents; left out when false. */
    private String immediate;

    public QueueChangePriorityCallerImmediateAction(String queue, String caller, int priority, boolean immediate) {
        super(queue, caller, priority);
        this.immediate = immediate ? "yes" : null;
    }

    public String getImmediate() {
        return immediate;
    }

    public void setImmediate(String immediate) {
        this.immediate = immediate;
    }
}
