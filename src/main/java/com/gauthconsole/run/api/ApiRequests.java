package com.gauthconsole.run.api;

import com.gauthconsole.secret.Secret;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The small bodies of the runs' API besides a step's form. */
final class ApiRequests {

    private ApiRequests() {}

    /** @param clientSecret the existing API client's secret, which adopting step 1 needs */
    record Adoption(Secret clientSecret) {}

    /** @param id the environment ID or CCID found in GAuth; {@code reason} is kept with the attempt */
    record AdoptionById(
            @NotBlank(message = "Enter the ID found in GAuth") @Size(max = 100)
            String id,

            @Size(max = 500) String reason) {}
}
