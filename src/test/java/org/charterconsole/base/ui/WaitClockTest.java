package org.charterconsole.base.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Waits as the console and the wallboard write them, the same as the browser's script. */
class WaitClockTest {

    @Test
    void minutesAndSecondsUnderAnHourThenHours() {
        assertThat(WaitClock.format(0)).isEqualTo("0:00");
        assertThat(WaitClock.format(42)).isEqualTo("0:42");
        assertThat(WaitClock.format(245)).isEqualTo("4:05");
        assertThat(WaitClock.format(3599)).isEqualTo("59:59");
        assertThat(WaitClock.format(3730)).isEqualTo("1:02:10");
        assertThat(WaitClock.format(-5)).as("never below zero").isEqualTo("0:00");
    }
}
