package com.gauthconsole.run.step;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.system.HttpUrl;
import com.gauthconsole.system.SecretLength;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Step 1's inputs; lists are typed one entry per line (or comma separated). */
public record ApiClientForm(
        @NotBlank @Size(max = 100) @Pattern(regexp = FormPatterns.IDENTIFIER, message = FormPatterns.IDENTIFIER_MESSAGE)
        String name,

        @NotBlank @Size(max = 100) @Pattern(regexp = FormPatterns.IDENTIFIER, message = FormPatterns.IDENTIFIER_MESSAGE)
        String clientId,

        @SecretLength(max = MAX_SECRET) Secret clientSecret,

        @NotBlank @Pattern(regexp = "CONFIDENTIAL|PUBLIC", message = "Choose CONFIDENTIAL or PUBLIC")
        String clientType,

        @NotNull Boolean internalClient,

        @NotBlank @Size(max = 500) @Pattern(regexp = FormPatterns.WORDS, message = FormPatterns.WORDS_MESSAGE)
        String authorities,

        @NotBlank @Size(max = 200) @Pattern(regexp = FormPatterns.WORDS, message = FormPatterns.WORDS_MESSAGE)
        String scope,

        @NotEmpty(message = "Choose at least one grant type")
        List<@Pattern(regexp = "client_credentials|authorization_code|refresh_token|password") String> grantTypes,

        @NotBlank @Size(max = 4000) @HttpUrl(lines = true) String redirectUris,
        @NotNull @Min(60) @Max(31_536_000) Integer accessTokenExpirationTimeout,
        @NotNull @Min(60) @Max(31_536_000) Integer refreshTokenExpirationTimeout)
        implements StepForm {

    /** The longest client secret the console takes, typed into step 1 or again after the run forgot it. */
    public static final int MAX_SECRET = 500;

    public static final List<String> GRANT_TYPES =
            List.of("client_credentials", "authorization_code", "refresh_token", "password");
}
