package com.gauthconsole.targets;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.system.HttpUrl;
import com.gauthconsole.system.LocationPath;
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
 * @param defaultConfigServerPort this and the other {@code default…} fields: see {@link TargetDefaults}
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
        Integer responseTimeoutSeconds,

        @Min(value = 1, message = "Enter a port from 1 to 65535, or leave empty.")
        @Max(value = 65_535, message = "Enter a port from 1 to 65535, or leave empty.")
        Integer defaultConfigServerPort,

        @Size(max = 100, message = "Use at most 100 characters.")
        @Pattern(regexp = "|" + LocationPath.PATTERN, message = LocationPath.MESSAGE + ", or leave empty.")
        String defaultConfigServerLocation,

        @Size(max = 100, message = "Use at most 100 characters.")
        @Pattern(regexp = "|" + LocationPath.PATTERN, message = LocationPath.MESSAGE + ", or leave empty.")
        String defaultDataCenterLocation,

        @Size(max = 2000, message = "Use at most 2000 characters.")
        @HttpUrl(message = "Enter a full http:// or https:// address, or leave empty.")
        String defaultEntryPoint,

        @Size(max = 4000, message = "Use at most 4000 characters.")
        @HttpUrl(
                lines = true,
                placeholders = {TargetDefaults.CLUSTER, TargetDefaults.CUSTOMER},
                message = "Enter one http:// or https:// origin per line, where only {cluster} and {customer} may"
                        + " stand for the run's domains, or leave empty.")
        String defaultCorsOrigins) {

    static TargetForm blank() {
        return new TargetForm("", "", "", Secret.empty(), null, null, null, null, null, null, null);
    }

    static TargetForm of(ManagedTarget target) {
        TargetDefaults defaults = target.defaults();
        return new TargetForm(
                target.name(),
                target.baseUrl(),
                target.opsUsername(),
                Secret.empty(),
                target.connectTimeoutSeconds(),
                target.responseTimeoutSeconds(),
                defaults.configServerPort(),
                defaults.configServerLocation(),
                defaults.dataCenterLocation(),
                defaults.entryPoint(),
                defaults.corsOrigins());
    }

    /** The defaults as typed, an empty field meaning the procedure's default. */
    TargetDefaults defaults() {
        return new TargetDefaults(
                defaultConfigServerPort,
                orNull(defaultConfigServerLocation),
                orNull(defaultDataCenterLocation),
                orNull(defaultEntryPoint),
                orNull(defaultCorsOrigins));
    }

    private static String orNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    Secret opsPasswordOrEmpty() {
        return opsPassword == null ? Secret.empty() : opsPassword;
    }
}
