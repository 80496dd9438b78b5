package com.gauthconsole.run.step;

import com.gauthconsole.system.HttpUrl;
import com.gauthconsole.system.InternalHosts;
import com.gauthconsole.system.LocationPath;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Step 5's inputs.
 *
 * @param location region in Genesys Multicloud CX naming, e.g. /usw1
 * @param entryPoint the GAuth URL for that location
 * @param readOnly no default: the procedure's sentence on it can be read two ways, so the operator chooses
 */
public record DataCenterForm(
        @NotBlank @Size(max = 100) @Pattern(regexp = LocationPath.PATTERN, message = LocationPath.MESSAGE)
        String location,

        @NotBlank @Size(max = 2000) @HttpUrl String entryPoint,

        @NotNull(message = "Choose whether this region is read-only")
        Boolean readOnly)
        implements StepForm {

    /** The entry point is the address other regions use, so one only reachable from inside is probably wrong. */
    public boolean entryPointLooksInternal() {
        return entryPoint != null && InternalHosts.isInternal(entryPoint);
    }
}
