package org.charterconsole.queue;

import org.charterconsole.base.privacy.CallerNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the live state's call records on its own thread, in batches. While the database is
 * away the records wait in memory (the latest version of each call only) and are retried with
 * back-off: a lost database never loses a record.
 */
@Component
public class CallRecordWriter implements CallRecordSink, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CallRecordWriter.class);
    private static final int MAX_ROWS_PER_STATEMENT = 500;
    private static final long FIRST_RETRY_MILLIS = 200;
    private static final long MAX_RETRY_MILLIS = 10_000;

    private final CallRecordStore store;
    private final LinkedBlockingQueue<CallRecord> inbox = new LinkedBlockingQueue<>();
    /** Touched by the writer thread only; its size is published for {@link #backlog()}. */
    private final Map<CallRecord.Key, CallRecord> pending = new LinkedHashMap<>();
    private final Object idleMonitor = new Object();
    /** Accepted and not yet written (a call's versions merged in {@code pending} count until written). */
    private final AtomicInteger outstanding = new AtomicInteger();
    private int takenSinceLastEmpty;
    private volatile Thread writer;
    private long retryMillis = FIRST_RETRY_MILLIS;

    public CallRecordWriter(CallRecordStore store) {
        this.store = store;
    }

    @Override
    public void recorded(CallRecord record) {
        outstanding.incrementAndGet();
        inbox.add(record);
    }

    /** Records accepted but not yet in the database. */
    public int backlog() {
        return outstanding.get();
    }

    /** Waits until every record accepted so far is written; false on time-out (e.g. database down). */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idleMonitor) {
            while (backlog() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idleMonitor, Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
            }
        }
        return true;
    }

    /** Waits up to 30 s for the backlog to be written. */
    public void flush() throws InterruptedException {
        if (!awaitIdle(Duration.ofSeconds(30))) {
            throw new IllegalStateException(backlog() + " call records are still waiting for the database");
        }
    }

    @Override
    public synchronized void start() {
        if (writer == null) {
            Thread thread = new Thread(this::run, "call-record-writer");
            thread.setDaemon(true);
            writer = thread;
            thread.start();
        }
    }

    /** Gives the database a last chance to take what is pending before the thread ends. */
    @Override
    public void stop() {
        try {
            awaitIdle(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread thread;
        synchronized (this) {
            thread = writer;
            writer = null;
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (backlog() > 0) {
            log.error("{} call records could not be written before shut-down", backlog());
        }
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    /** Stops after the live state, which feeds it. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2000;
    }

    private void run() {
        while (writer == Thread.currentThread()) {
            try {
                CallRecord first = inbox.poll(pending.isEmpty() ? 500 : 0, TimeUnit.MILLISECONDS);
                List<CallRecord> taken = new ArrayList<>();
                if (first != null) {
                    taken.add(first);
                }
                inbox.drainTo(taken);
                taken.forEach(this::merge);
                takenSinceLastEmpty += taken.size();
                if (!pending.isEmpty() && !writePending()) {
                    Thread.sleep(retryMillis);
                    retryMillis = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
                }
                if (pending.isEmpty()) {
                    outstanding.addAndGet(-takenSinceLastEmpty);
                    takenSinceLastEmpty = 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                synchronized (idleMonitor) {
                    idleMonitor.notifyAll();
                }
            }
        }
    }

    private void merge(CallRecord record) {
        pending.merge(record.key(), record, CallRecord::laterOf);
    }

    private boolean writePending() {
        List<CallRecord> batch = new ArrayList<>(MAX_ROWS_PER_STATEMENT);
        for (CallRecord record : List.copyOf(pending.values())) {
            batch.add(record);
            if (batch.size() == MAX_ROWS_PER_STATEMENT) {
                if (!write(batch)) {
                    return false;
                }
                batch.clear();
            }
        }
        return write(batch);
    }

    private boolean write(List<CallRecord> batch) {
        if (batch.isEmpty()) {
            return true;
        }
        try {
            store.upsert(batch);
            batch.forEach(r -> pending.remove(r.key(), r));
            retryMillis = FIRST_RETRY_MILLIS;
            return true;
        } catch (RuntimeException e) {
            CallRecord sample = batch.get(0);
            log.warn("Cannot write {} call records (e.g. {} from {}), keeping them to retry in {} ms: {}",
                    pending.size(), sample.uniqueId(), CallerNumbers.mask(sample.callerNumber()), retryMillis,
                    e.getMessage());
            return false;
        }
    }
}
