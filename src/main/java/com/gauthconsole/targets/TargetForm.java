package com.gauthconsole.targets;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.system.HttpUrl;
import com.gauthconsole.system.SecretLength;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a lead types to add or change a GAuth target.
 *
 * @param opsPassword empty when changing a target: the stored one is kept
 * @param connectTimeoutSeconds empty: the default of {@code console.gauth}
 */
record TargetForm(
        @NotBlank(message = "Enter a name.")
        @Size(max = 100, message = "Use at most 100 characters.")
        @Pattern(
                regexp = "[A-Za-z0-9][A-Za-z0-9 ._()-]*",
                message = "Use letters, digits, spaces and . _ ( ) -, starting with a letter or digit.")
        String name,

        @NotBlank(message = "Enter the base URL.")
        @Size(max = 500, message = "Use at most 500 characters.")
        @HttpUrl(
                query = false,
                message = "Enter a full http:// or https:// address, without user name, password, ?query or"
                        + " #fragment")
        String baseUrl,

        @NotBlank(message = "Enter the ops user name.")
        @Size(max = 200, message = "Use at most 200 characters.")
        @Pattern(regexp = "[^:\\p{Cntrl}]*", message = "HTTP Basic allows no colon or control character here.")
        String opsUsername,

        @SecretLength(max = 500) Secret opsPassword,

        @Min(value = 1, message = "Enter 1 to 300 seconds, or leave empty.")
        @Max(value = 300, message = "Enter 1 to 300 seconds, or leave empty.")
        Integer connectTimeoutSeconds,

        @Min(value = 1, message = "Enter 1 to 600 seconds, or leave empty.")
        @Max(value = 600, message = "Enter 1 to 600 seconds, or leave empty.")
        Integer responseTimeoutSeconds) {

    static TargetForm blank() {
        return new TargetForm("", "", "", Secret.empty(), null, null);
    }

    Secret opsPasswordOrEmpty() {
        return opsPassword == null ? Secret.empty() : opsPassword;
    }
}
