package org.charterconsole.security;

/** A user as an administrator sees them: who they are and whether they may sign in. */
public record UserSummary(ConsoleUser user, boolean enabled) {
}
