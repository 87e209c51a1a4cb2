package org.charterconsole.telephony.simulatorwire;

import org.asteriskjava.manager.event.UserEvent;

/**
 * Test-only twin of the dialplan's {@code UserEvent: OutOfHoursEmergency}, in its own package so it never
 * clashes with the telephony adapter's class of the same name (asterisk-java keys on the simple name).
 */
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
