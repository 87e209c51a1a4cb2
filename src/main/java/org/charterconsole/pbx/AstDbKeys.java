package org.charterconsole.pbx;

import java.util.List;

/**
 * The AstDB keys the console writes and the dialplan in {@code telephony/} reads (DESIGN.md,
 * "AstDB keys"). All live in one family; a dialplan reads them as {@code ${DB(console/ewt/elas)}}.
 */
public final class AstDbKeys {

    public static final String FAMILY = "console";
    /** {@code 1} while the contact centre is open, else {@code 0}. */
    public static final String OPEN = "open";
    /** Dial string of the on-call team now. */
    public static final String ON_CALL = "oncall";
    /** {@code 1} during a busy period, else {@code 0}. */
    public static final String BUSY = "busy";
    private static final String ESTIMATED_WAIT_PREFIX = "ewt/";
    /** The subtree of {@link #callerEstimatedWait(String)}, one key per waiting caller. */
    public static final String CALLER_ESTIMATED_WAITS = "ewt-caller";

    /** The keys with a fixed name; {@link #estimatedWait(String)} adds one per queue. */
    public static final List<String> FIXED_KEYS = List.of(OPEN, ON_CALL, BUSY);

    private AstDbKeys() {
    }

    /** Estimated wait in seconds for a caller joining {@code queue} now. */
    public static String estimatedWait(String queue) {
        return ESTIMATED_WAIT_PREFIX + queue;
    }

    /**
     * Estimated wait in seconds still ahead of the caller with this Uniqueid, while they wait; the
     * dialplan reads it for the periodic wait message. Deleted when the caller leaves.
     */
    public static String callerEstimatedWait(String uniqueId) {
        return CALLER_ESTIMATED_WAITS + "/" + uniqueId;
    }

    /** The full {@code family/key} path as the dialplan's {@code DB()} function names it. */
    public static String path(String key) {
        return FAMILY + "/" + key;
    }
}
