package org.charterconsole.telephony;

import org.asteriskjava.manager.event.UserEvent;

/** The dialplan's {@code UserEvent(OutOfHoursEmergency,Category: ...,CallerIDNum: ...)}. */
public class OutOfHoursEmergencyEvent extends UserEvent {

    private static final long serialVersionUID = 1L;

    private String category;

    public OutOfHoursEmergencyEvent(Object source) {
        super(source);
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
