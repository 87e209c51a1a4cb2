package org.charterconsole.audit;

/** Action names written by the security part; other features may add their own names. */
public final class AuditActions {
    public static final String USER_CREATED = "USER_CREATED";
    public static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGGED_OUT = "LOGGED_OUT";

    private AuditActions() {
    }
}
