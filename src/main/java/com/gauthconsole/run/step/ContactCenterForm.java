package com.gauthconsole.run.step;

import com.gauthconsole.system.HostName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Step 4's inputs. The environment ID is not an input: it is carried forward from step 3.
 *
 * @param domains the customer's domains, one per line
 */
public record ContactCenterForm(
        @NotBlank @Size(max = 2000) @HostName(lines = true) String domains,

        @NotBlank @Size(max = 50) @Pattern(regexp = FormPatterns.IDENTIFIER, message = FormPatterns.IDENTIFIER_MESSAGE)
        String auth,

        @NotBlank @Size(max = 100) @Pattern(regexp = FormPatterns.IDENTIFIER, message = FormPatterns.IDENTIFIER_MESSAGE)
        String id)
        implements StepForm {}
