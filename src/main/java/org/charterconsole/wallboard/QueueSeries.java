package org.charterconsole.wallboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One queue's ring of slots: per slot the most callers waiting at once and the count at its end. */
final class QueueSeries {

    private static final long NONE = Long.MIN_VALUE;
    private static final int SLOTS = WaitingTrendSampler.SLOTS;

    private final long[] slotAt = new long[SLOTS];
    private final int[] peak = new int[SLOTS];
    private final int[] last = new int[SLOTS];
    /** The newest slot that has left the ring, and its closing count, to carry into the window. */
    private long evictedSlot = NONE;
    private int evictedLast;
    private long newestSlot = NONE;
    /**
     * The counts last read and the window they cover: every wallboard tab reads every queue's trend on every
     * update, and the counts change far less often than that.
     */
    private List<Integer> lastRead;
    private long lastReadOldest;
    private long lastReadNewest;

    QueueSeries() {
        Arrays.fill(slotAt, NONE);
    }

    synchronized void record(long slot, int waiting) {
        if (newestSlot != NONE && slot < newestSlot) {
            slot = newestSlot; // the clock stepped back: count it in the newest slot rather than rewrite the past
        }
        int index = (int) Math.floorMod(slot, (long) SLOTS);
        if (slotAt[index] != slot) {
            if (slotAt[index] != NONE && slotAt[index] > evictedSlot) {
                evictedSlot = slotAt[index];
                evictedLast = last[index];
            }
            int carried = newestSlot == NONE ? waiting : last[(int) Math.floorMod(newestSlot, (long) SLOTS)];
            slotAt[index] = slot;
            peak[index] = Math.max(carried, waiting);
            last[index] = waiting;
            lastRead = null;
        } else if (waiting != last[index]) { // the peak is never below the last count
            peak[index] = Math.max(peak[index], waiting);
            last[index] = waiting;
            lastRead = null;
        }
        newestSlot = slot;
    }

    /**
     * Counts for the slots {@code oldest..newest}, unmodifiable; slots before the first record are
     * {@link WaitingTrend#UNKNOWN}.
     */
    synchronized List<Integer> counts(long oldest, long newest) {
        if (lastRead != null && lastReadOldest == oldest && lastReadNewest == newest) {
            return lastRead;
        }
        long carrySlot = evictedSlot;
        int carry = evictedLast;
        for (int i = 0; i < SLOTS; i++) {
            if (slotAt[i] != NONE && slotAt[i] < oldest && slotAt[i] > carrySlot) {
                carrySlot = slotAt[i];
                carry = last[i];
            }
        }
        boolean known = carrySlot != NONE;
        List<Integer> counts = new ArrayList<>((int) (newest - oldest + 1));
        for (long slot = oldest; slot <= newest; slot++) {
            int index = (int) Math.floorMod(slot, (long) SLOTS);
            if (slotAt[index] == slot) {
                counts.add(peak[index]);
                carry = last[index];
                known = true;
            } else {
                counts.add(known ? carry : WaitingTrend.UNKNOWN);
            }
        }
        lastRead = List.copyOf(counts);
        lastReadOldest = oldest;
        lastReadNewest = newest;
        return lastRead;
    }
}
