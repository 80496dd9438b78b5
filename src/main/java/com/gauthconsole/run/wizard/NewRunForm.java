package com.gauthconsole.run.wizard;

import com.gauthconsole.system.HostName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param clusterDomain the domain of the customer's Genesys cluster; the redirect URIs and suggested URLs come from it
 * @param customerDomain the customer's own domain, which step 4 gives the contact center
 * @param from the run this one is started from, whose step inputs it takes; null for a fresh run
 */
public record NewRunForm(
        @NotBlank(message = "Choose a GAuth target") @Size(max = 100)
        String target,

        @NotBlank(message = "Enter the customer’s cluster domain") @Size(max = 253) @HostName
        String clusterDomain,

        @NotBlank(message = "Enter the customer’s domain") @Size(max = 253) @HostName
        String customerDomain,

        Long from) {}
