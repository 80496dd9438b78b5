package com.gauthconsole.user;

import com.gauthconsole.secret.Secret;

/** The new password an administrator sets for a user. */
record PasswordResetForm(@AcceptablePassword Secret password) {

    static PasswordResetForm blank() {
        return new PasswordResetForm(Secret.empty());
    }
}
