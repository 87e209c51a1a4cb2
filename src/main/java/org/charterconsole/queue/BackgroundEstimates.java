package org.charterconsole.queue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the wait estimator beside the live-state writer, so that views never wait for its
 * projections: the writer hands over an immutable picture and later takes the result back and
 * applies it itself (it stays the only writer). Without a thread (replays on a virtual clock) the
 * estimate is worked out at once, on the writer, from exactly the picture handed over.
 */
final class BackgroundEstimates {

    private static final Logger log = LoggerFactory.getLogger(BackgroundEstimates.class);

    /** Estimates for the picture taken at {@code pictureAt}. */
    record Result(Instant pictureAt, WaitEstimates estimates) {

        /** The same estimates seen from {@code now}: each caller has that much less to wait. */
        WaitEstimates seenFrom(Instant now) {
            long elapsed = Math.max(0, Duration.between(pictureAt, now).toSeconds());
            if (elapsed == 0) {
                return estimates;
            }
            Map<CallRecord.Key, Long> remaining = new HashMap<>();
            estimates.remainingSeconds().forEach((caller, seconds) -> remaining.put(caller, Math.max(0, seconds - elapsed)));
            return new WaitEstimates(remaining, estimates.joiningNowSeconds());
        }
    }

    private final WaitEstimator estimator;
    private final boolean inBackground;
    private ExecutorService thread;
    private final AtomicReference<Result> ready = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();

    private BackgroundEstimates(WaitEstimator estimator, boolean inBackground) {
        this.estimator = estimator;
        this.inBackground = inBackground;
    }

    static BackgroundEstimates onOwnThread(WaitEstimator estimator) {
        return new BackgroundEstimates(estimator, true);
    }

    static BackgroundEstimates onCallingThread(WaitEstimator estimator) {
        return new BackgroundEstimates(estimator, false);
    }

    /** True while a picture is being estimated; the next one waits for it. */
    boolean busy() {
        return running.get();
    }

    /** Called by the writer only. */
    void estimate(LiveSnapshot picture) {
        if (!inBackground) {
            ready.set(work(picture));
            return;
        }
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(runnable -> {
                Thread worker = new Thread(runnable, "live-state-estimates");
                worker.setDaemon(true);
                return worker;
            });
        }
        running.set(true);
        try {
            thread.execute(() -> {
                try {
                    ready.set(work(picture));
                } finally {
                    running.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            running.set(false);
        }
    }

    Optional<Result> take() {
        return Optional.ofNullable(ready.getAndSet(null));
    }

    /** Called by the writer only, as it stops; a later estimate starts a new thread. */
    void close() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
            running.set(false);
        }
    }

    private Result work(LiveSnapshot picture) {
        try {
            return new Result(picture.at(), estimator.estimate(picture));
        } catch (RuntimeException e) {
            log.error("Wait estimates failed; the last ones stay", e);
            return new Result(picture.at(), WaitEstimates.NONE);
        }
    }
}
