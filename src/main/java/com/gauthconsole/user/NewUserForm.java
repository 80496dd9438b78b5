package com.gauthconsole.user;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.security.Role;
import jakarta.validation.constraints.NotEmpty;
import java.util.Set;

/** What an administrator types to create a user. */
record NewUserForm(
        @Username String username,
        @AcceptablePassword Secret password,
        @NotEmpty(message = "Choose at least one role.") Set<Role> roles) {

    static NewUserForm blank() {
        return new NewUserForm("", Secret.empty(), Set.of());
    }
}
