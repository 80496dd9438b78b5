package com.gauthconsole.audit;

import com.gauthconsole.run.AttemptKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Every kind of event the audit log records. */
public enum AuditEventKind {
    STEP_EXECUTED,
    STEP_RE_RUN,
    STEP_TOKEN_RENEWED,
    STEP_ADOPTED,
    STEP_LATE_ANSWER,
    STEP_SKIPPED,
    RUN_CREATED,
    RUN_FINISHED,
    RUN_ABANDONED,
    RUN_MOVED,
    RUN_CLIENT_SECRET_GIVEN_AGAIN,
    USER_CREATED,
    USER_ROLES_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    USER_PASSWORD_RESET,
    USER_SECOND_FACTOR_RESET,
    TARGET_CREATED,
    TARGET_CHANGED,
    TARGET_DELETED,
    SIGN_IN_SUCCEEDED,
    /** The password was right and the user's second factor was asked for next. */
    SIGN_IN_PASSWORD_ACCEPTED,
    SIGN_IN_FAILED,
    SIGN_IN_LOCKED,
    SIGN_OUT,
    SESSIONS_ENDED,
    COMPANY_SIGN_IN_SUCCEEDED,
    COMPANY_SIGN_IN_REFUSED,
    COMPANY_SIGN_IN_FAILED,
    PASSWORD_CHANGED,
    SECOND_FACTOR_SUCCEEDED,
    SECOND_FACTOR_FAILED,
    SECOND_FACTOR_LOCKED,
    SECOND_FACTOR_ENROLLED,
    SECOND_FACTOR_DISABLED,
    RECOVERY_CODES_REPLACED,
    FINGERPRINT_CHECKED,
    HISTORY_EXPORTED,
    CHECKPOINT_WRITTEN,
    /** A notice (of a failed run, ...) reached its webhook or email recipients. */
    NOTICE_DELIVERED,
    /** A notice failed its last attempt and is listed for administrators. */
    NOTICE_GAVE_UP,
    /** An administrator had a given-up notice sent again. */
    NOTICE_RETRIED,
    BULK_JOB_STARTED,
    /** Every row of a bulk job ended, or the job was taken as interrupted. */
    BULK_JOB_FINISHED,
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED,
    /** The records kept before the event log existed were moved into it, once. */
    RECORDS_MOVED_INTO_LOG;

    /** The kinds that record a step attempt, each with its request and response. */
    static final Set<AuditEventKind> ATTEMPTS =
            EnumSet.of(STEP_EXECUTED, STEP_RE_RUN, STEP_TOKEN_RENEWED, STEP_ADOPTED, STEP_LATE_ANSWER, STEP_SKIPPED);

    /** The attempt kinds' names, as events store them. */
    static final Set<String> ATTEMPT_NAMES = ATTEMPTS.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());

    /** The attempt kinds as an SQL list, for {@code kind IN (...)}. */
    static final String ATTEMPTS_SQL =
            ATTEMPTS.stream().map(kind -> "'" + kind.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    static AuditEventKind of(AttemptKind attempt) {
        return switch (attempt) {
            case EXECUTE -> STEP_EXECUTED;
            case RE_RUN -> STEP_RE_RUN;
            case TOKEN_RENEWAL -> STEP_TOKEN_RENEWED;
            case ADOPTION -> STEP_ADOPTED;
            case LATE_ANSWER -> STEP_LATE_ANSWER;
            case SKIP -> STEP_SKIPPED;
        };
    }
}
