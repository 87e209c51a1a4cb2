package org.charterconsole.telephony;

import org.asteriskjava.manager.event.UserEvent;

/**
 * The dialplan's {@code UserEvent(CallbackRequested,Queue: ...,CallerIDNum: ...)}. asterisk-java
 * drops user events whose class is not registered, so each connection registers this one.
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
