package com.gauthconsole.run;

import com.gauthconsole.system.HostName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param clusterDomain the customer's cluster domain; the wizard derives its suggested URLs from it
 */
public record NewRunForm(
        @NotBlank(message = "Choose a GAuth target") @Size(max = 100)
        String target,

        @NotBlank(message = "Enter the customer’s cluster domain") @Size(max = 253) @HostName
        String clusterDomain) {}
