package com.gauthconsole.audit;

/** Every kind of event the audit log records. */
public enum AuditEventKind {
    USER_CREATED,
    USER_ROLES_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    USER_PASSWORD_RESET,
    TARGET_CREATED,
    TARGET_CHANGED,
    TARGET_DELETED,
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    SIGN_IN_LOCKED,
    SIGN_OUT,
    SESSIONS_ENDED,
    FINGERPRINT_CHECKED,
    HISTORY_EXPORTED,
    CHECKPOINT_WRITTEN
}
