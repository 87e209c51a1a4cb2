package org.charterconsole.telephony;

import org.asteriskjava.manager.action.QueueChangePriorityCallerAction;

/**
 * QueueChangePriorityCaller with {@code Immediate}: without it app_queue changes only the
 * priority and the caller keeps its position; with it the caller is moved at once.
 * asterisk-java 3.42.2 has no field for it.
 */
public class QueueChangePriorityCallerImmediateAction extends QueueChangePriorityCallerAction {

    private static final long serialVersionUID = 1L;

    private Boolean immediate;

    public QueueChangePriorityCallerImmediateAction(String queue, String caller, int priority, boolean immediate) {
        super(queue, caller, priority);
        this.immediate = immediate;
    }

    public Boolean getImmediate() {
        return immediate;
    }

    public void setImmediate(Boolean immediate) {
        this.immediate = immediate;
    }
}
