package com.gauthconsole.run.wizard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param reason why the lead closes the run unfinished; kept with the run for the history */
public record AbandonForm(
        @NotBlank(message = "Say why the run is abandoned")
        @Size(max = 500, message = "Keep the reason under 500 characters")
        String reason) {}
