package com.gauthconsole.api;

import com.gauthconsole.security.Role;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new token as its user asks for it.
 *
 * @param expiresInDays how long it lives, at most {@code console.api.token-max-lifetime}
 * @param roles which of the user's roles it may use
 */
record ApiTokenForm(
        @NotBlank(message = "Name the token, e.g. after the script that will use it")
        @Size(max = 100)
        @Pattern(regexp = "[\\p{L}\\p{N} ._@:/()-]*", message = "Use letters, digits, spaces and . _ @ : / ( ) -")
        String name,

        @NotNull(message = "Enter a number of days") @Min(value = 1, message = "A token lives at least one day")
        Integer expiresInDays,

        @NotEmpty(message = "Choose at least one of your roles")
        List<Role> roles) {

    static ApiTokenForm blank(long days) {
        return new ApiTokenForm("", (int) Math.min(days, 30), List.of());
    }
}
