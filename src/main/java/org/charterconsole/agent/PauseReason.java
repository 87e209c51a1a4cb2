package org.charterconsole.agent;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a handler is paused, as sent to app_queue in QueuePause's {@code Reason} and shown back. */
public enum PauseReason {
    BREAK("break", "Break"),
    TRAINING("training", "Training"),
    ADMIN("admin", "Admin"),
    WRAP_UP("wrap-up", "Wrap-up");

    private final String code;
    private final String label;

    PauseReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The reason as the PBX carries it in {@code PausedReason}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<PauseReason> ofCode(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code.equalsIgnoreCase(code)).findFirst();
    }

    /** A reason set elsewhere (a phone, another tool, e.g. {@code lunch}) is shown as the PBX has it. */
    public static String labelOf(String code) {
        return ofCode(code).map(PauseReason::label).orElseGet(() -> code.isEmpty() ? code
                : code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1));
    }
}
