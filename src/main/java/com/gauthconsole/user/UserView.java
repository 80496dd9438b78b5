package com.gauthconsole.user;

import com.gauthconsole.security.Role;
import java.time.Instant;
import java.util.List;

/** A user as the administration pages show it: never the password hash. */
record UserView(long id, String username, List<Role> roles, boolean enabled, Instant createdAt, Instant updatedAt) {

    static UserView of(ConsoleUser user) {
        return new UserView(
                user.id(),
                user.username(),
                user.roles().stream().sorted().toList(),
                user.enabled(),
                user.createdAt(),
                user.updatedAt());
    }
}
