package org.charterconsole.security;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an administrator (or the first start) gives to create a user.
 *
 * @param agentInterface the phone the user answers on, e.g. {@code PJSIP/2001}
 */
public record NewUserAccount(String username, String displayName, String password, Set<String> roles,
                             Optional<String> agentInterface) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern AGENT_INTERFACE = Pattern.compile("[A-Za-z]+/[A-Za-z0-9._@-]{1,70}");
    static final int MIN_PASSWORD_LENGTH = 3;

    public NewUserAccount {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "A username is 2 to 64 lower-case letters, digits, dots, dashes or underscores");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            throw new IllegalArgumentException("A display name is 1 to 120 characters");
        }
        requireValidPassword(password);
        roles = Set.copyOf(roles);
        if (roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
            throw new IllegalArgumentException("Roles must be one or more of " + Roles.ALL);
        }
        agentInterface = agentInterface(agentInterface.orElse(null));
        displayName = displayName.strip();
    }

    /**
     * A phone as a queue member interface, e.g. {@code PJSIP/2001} or {@code Local/2001@agents};
     * blank means none.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Optional<String> agentInterface(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String phone = value.strip();
        if (!AGENT_INTERFACE.matcher(phone).matches()) {
            throw new IllegalArgumentException("A phone (agent interface) looks like PJSIP/2001: technology, "
                    + "a slash, then the extension");
        }
        return Optional.of(phone);
    }

    /** bcrypt reads at most 72 bytes of a password; a longer one would be silently cut. */
    static void requireValidPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 72) {
            throw new IllegalArgumentException("A password is " + MIN_PASSWORD_LENGTH + " to 72 characters");
        }
    }

    /** The password never appears in logs. */
    @Override
    public String toString() {
        return "NewUserAccount[username=%s, displayName=%s, roles=%s, agentInterface=%s]"
                .formatted(username, displayName, roles, agentInterface.orElse("-"));
    }
}
