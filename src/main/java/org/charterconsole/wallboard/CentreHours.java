package org.charterconsole.wallboard;

/** Whether the contact centre is open now, for the wallboard header. */
public interface CentreHours {

    boolean isOpenNow();
}
