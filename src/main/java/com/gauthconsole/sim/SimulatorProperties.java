package com.gauthconsole.sim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The built-in GAuth simulator: whether it is served, the ops credentials it accepts, the longest an access token
 * may live (a client's own {@code accessTokenExpirationTimeout} may be shorter), which IDs it answers in
 * {@code path}, and the faults it injects from start-up.
 */
@Validated
@ConfigurationProperties(prefix = "console.simulator")
public record SimulatorProperties(
        boolean enabled,
        @DefaultValue("ops") @NotBlank String opsUsername,
        @DefaultValue("ops") @NotBlank String opsPassword,
        @DefaultValue("43199s") @NotNull Duration tokenLifetime,
        @DefaultValue("generated") @NotNull IdModel ids,
        @DefaultValue({}) @NotNull List<@Valid @NotNull FaultSpec> faults) {}
