package com.gauthconsole.run.step;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.system.HostName;
import com.gauthconsole.system.LocationPath;
import com.gauthconsole.system.SecretLength;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Step 3's inputs: the tenant environment and its one Configuration Server.
 *
 * @param id the CC-id used when deploying the Tenant service
 * @param password the Configuration Server password; empty keeps the one typed before, if any
 */
public record EnvironmentForm(
        @NotBlank(message = "Enter the CC-id the customer’s Tenant service was deployed with")
        @Size(max = 100)
        @Pattern(regexp = FormPatterns.IDENTIFIER, message = FormPatterns.IDENTIFIER_MESSAGE)
        String id,

        @NotBlank @Size(max = 100) String username,
        @SecretLength(max = 500) Secret password,

        @NotBlank @Pattern(regexp = "addp|tcp", message = "Choose addp or tcp")
        String connectionProtocol,

        @NotNull @Min(1) @Max(600) Integer remoteTimeout,
        @NotNull @Min(1) @Max(600) Integer localTimeout,

        @NotBlank @Size(max = 100) @Pattern(regexp = FormPatterns.IDENTIFIER, message = FormPatterns.IDENTIFIER_MESSAGE)
        String appName,

        @NotBlank
        @Pattern(regexp = "CFGTMNoTraceMode|CFGTMLocal|CFGTMRemote|CFGTMBoth", message = "Choose a trace mode")
        String traceMode,

        @NotNull Boolean tlsEnabled,
        @NotBlank @Size(max = 253) @HostName String primaryAddress,

        @NotNull
        @Min(value = 1, message = "Enter a port from 1 to 65535")
        @Max(value = 65_535, message = "Enter a port from 1 to 65535")
        Integer primaryPort,

        @NotNull Boolean configServerReadOnly,

        @NotBlank @Size(max = 100) @Pattern(regexp = LocationPath.PATTERN, message = LocationPath.MESSAGE)
        String locations,

        @NotBlank @Size(max = 100) @Pattern(regexp = FormPatterns.IDENTIFIER, message = FormPatterns.IDENTIFIER_MESSAGE)
        String tenant)
        implements StepForm {

    public static final List<String> TRACE_MODES =
            List.of("CFGTMBoth", "CFGTMLocal", "CFGTMRemote", "CFGTMNoTraceMode");
}
