package com.gauthconsole.user;

import com.gauthconsole.security.Role;
import java.time.Instant;
import java.util.List;

/**
 * A user as the administration pages show it: never the password hash.
 *
 * @param secondFactor whether the user has a second factor enrolled
 */
record UserView(
        long id,
        String username,
        List<Role> roles,
        boolean enabled,
        boolean secondFactor,
        Instant createdAt,
        Instant updatedAt) {

    static UserView of(ConsoleUser user, boolean secondFactor) {
        return new UserView(
                user.id(),
                user.username(),
                user.roles().stream().sorted().toList(),
                user.enabled(),
                secondFactor,
                user.createdAt(),
                user.updatedAt());
    }
}
