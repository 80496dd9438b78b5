package com.gauthconsole.user;

/** Why a user's change of their own password was not made, and which field it is about. */
final class PasswordChangeRefused extends RuntimeException {

    private final String field;

    private PasswordChangeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    static PasswordChangeRefused wrongCurrentPassword() {
        return new PasswordChangeRefused("currentPassword", "This is not your current password.");
    }

    static PasswordChangeRefused sameAsCurrent() {
        return new PasswordChangeRefused("newPassword", "Choose a password other than your current one.");
    }

    static PasswordChangeRefused tooManyTries() {
        return new PasswordChangeRefused(
                "currentPassword", "Too many wrong current passwords: try again in a quarter of an hour.");
    }

    String field() {
        return field;
    }
}
