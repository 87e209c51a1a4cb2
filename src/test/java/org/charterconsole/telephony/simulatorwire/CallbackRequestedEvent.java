package org.charterconsole.telephony.simulatorwire;

import org.asteriskjava.manager.event.UserEvent;

/**
 * Test-only twin of the dialplan's {@code UserEvent: CallbackRequested}, in its own package so it never
 * clashes with the telephony adapter's class of the same name (asterisk-java keys on the simple name).
 */
public class CallbackRequestedEvent extends UserEvent {

    private static final long serialVersionUID = 1L;
    private String queue;

    public CallbackRequestedEvent(Object source) {
        super(source);
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }
}
