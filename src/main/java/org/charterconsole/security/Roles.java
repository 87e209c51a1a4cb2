package org.charterconsole.security;

import java.util.Map;
import java.util.Set;

/** Every role name in one place; used by {@code @RolesAllowed} on views and {@code @PreAuthorize} on services. */
public final class Roles {
    public static final String HANDLER = "HANDLER";
    public static final String TEAM_LEADER = "TEAM_LEADER";
    public static final String OUT_OF_HOURS = "OUT_OF_HOURS";
    public static final String WALLBOARD = "WALLBOARD";
    public static final String ADMIN = "ADMIN";

    public static final Set<String> ALL = Set.of(HANDLER, TEAM_LEADER, OUT_OF_HOURS, WALLBOARD, ADMIN);

    private static final Map<String, String> LABELS = Map.of(HANDLER, "Call handler", TEAM_LEADER, "Team leader",
            OUT_OF_HOURS, "Out of hours", WALLBOARD, "Wallboard", ADMIN, "Administrator");

    /** The name people read, e.g. "Team leader" for {@code TEAM_LEADER}. */
    public static String label(String role) {
        return LABELS.getOrDefault(role, role);
    }

    private Roles() {
    }
}
