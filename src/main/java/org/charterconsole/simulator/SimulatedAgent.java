package org.charterconsole.simulator;

import java.time.LocalTime;
import java.util.List;

/** One call handler of the simulated council: phone, name, queues served and shift. */
record SimulatedAgent(String agentInterface, String name, List<String> queues, LocalTime shiftStart,
                      LocalTime shiftEnd, LocalTime lunchStart) {

    SimulatedAgent {
        queues = List.copyOf(queues);
    }

    boolean onShift(LocalTime time) {
        return !time.isBefore(shiftStart) && time.isBefore(shiftEnd);
    }

    /** Half an hour for lunch, and a short break mid-morning and mid-afternoon. */
    String breakReason(LocalTime time) {
        if (!time.isBefore(lunchStart) && time.isBefore(lunchStart.plusMinutes(30))) {
            return "lunch";
        }
        LocalTime morning = LocalTime.of(10, 30).plusMinutes(lunchStart.getMinute() % 30);
        LocalTime afternoon = LocalTime.of(15, 0).plusMinutes(lunchStart.getMinute() % 30);
        if (within(time, morning, 10) || within(time, afternoon, 10)) {
            return "break";
        }
        return null;
    }

    private static boolean within(LocalTime time, LocalTime start, int minutes) {
        return !time.isBefore(start) && time.isBefore(start.plusMinutes(minutes));
    }
}
