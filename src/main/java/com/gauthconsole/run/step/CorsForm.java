package com.gauthconsole.run.step;

import com.gauthconsole.system.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Step 6's input: the origins that need CORS permission, one per line. */
public record CorsForm(
        @NotBlank @Size(max = 4000) @HttpUrl(lines = true) String origins) implements StepForm {}
