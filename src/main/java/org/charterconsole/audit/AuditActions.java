package org.charterconsole.audit;

/** Action names written by the security part and the service catalogue; other features may add their own names. */
public final class AuditActions {
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_ENABLED = "USER_ENABLED";
    public static final String USER_DISABLED = "USER_DISABLED";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String USER_PHONE_CHANGED = "USER_PHONE_CHANGED";
    public static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGGED_OUT = "LOGGED_OUT";
    public static final String SERVICE_ADDED = "SERVICE_ADDED";
    public static final String SERVICE_CHANGED = "SERVICE_CHANGED";
    public static final String SERVICE_DEACTIVATED = "SERVICE_DEACTIVATED";
    public static final String SERVICE_REACTIVATED = "SERVICE_REACTIVATED";

    private AuditActions() {
    }
}
