package com.gauthconsole.user;

import com.gauthconsole.security.Role;
import jakarta.validation.constraints.NotEmpty;
import java.util.Set;

/** The roles an administrator assigns to a user; disabling, not an empty set, is how access is taken away. */
record RolesForm(
        @NotEmpty(message = "Choose at least one role.") Set<Role> roles) {}
