package com.gauthconsole.user;

import com.gauthconsole.secret.Secret;

/** What a user types to change their own password; none of it is ever shown again. */
record PasswordChangeForm(
        Secret currentPassword, @AcceptablePassword Secret newPassword, Secret repeatedPassword) {

    static PasswordChangeForm blank() {
        return new PasswordChangeForm(Secret.empty(), Secret.empty(), Secret.empty());
    }
}
