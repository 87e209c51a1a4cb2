package org.charterconsole.base.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock that starts at a chosen instant and runs {@code timeScale} times faster than real
 * time, so a whole contact-centre day can be watched in minutes. Measured with
 * {@link System#nanoTime()}, so it never jumps when the machine's wall clock is adjusted.
 */
public final class SimulatedClock extends Clock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Instant start;
    private final long startNanos;
    private final double timeScale;
    private final ZoneId zone;

    private SimulatedClock(Instant start, long startNanos, double timeScale, ZoneId zone) {
        if (!(timeScale > 0)) {
            throw new IllegalArgumentException("time scale must be positive: " + timeScale);
        }
        this.start = start;
        this.startNanos = startNanos;
        this.timeScale = timeScale;
        this.zone = zone;
    }

    public static SimulatedClock startingAt(Instant start, double timeScale) {
        return new SimulatedClock(start, System.nanoTime(), timeScale, LONDON);
    }

    public static SimulatedClock startingAt(LocalDateTime londonStart, double timeScale) {
        return startingAt(londonStart.atZone(LONDON).toInstant(), timeScale);
    }

    /** Starts at the real time now (the one place the system clock is read). */
    public static SimulatedClock startingNow(double timeScale) {
        return startingAt(Clock.system(LONDON).instant(), timeScale);
    }

    public double timeScale() {
        return timeScale;
    }

    /** Real time that passes while this clock moves on by {@code simulated}. */
    public Duration realDurationOf(Duration simulated) {
        return Duration.ofNanos((long) (simulated.toNanos() / timeScale));
    }

    @Override
    public Instant instant() {
        long realNanos = System.nanoTime() - startNanos;
        return start.plusNanos((long) (realNanos * timeScale));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new SimulatedClock(start, startNanos, timeScale, newZone);
    }

    @Override
    public String toString() {
        return "SimulatedClock[start=" + start + ", timeScale=" + timeScale + ", zone=" + zone + "]";
    }
}
