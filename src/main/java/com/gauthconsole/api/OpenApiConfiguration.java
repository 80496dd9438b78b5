package com.gauthconsole.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's frame: what the API is and how a call proves who makes it. */
@Configuration
class OpenApiConfiguration {

    static final String BEARER = "apiToken";

    @Bean
    OpenAPI consoleApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("GAuth Provisioning Console API")
                        .version("v1")
                        .description("Everything the wizard does, scriptable: runs and their six steps, the audit"
                                + " history, the GAuth targets. Every call takes a personal API token (made at"
                                + " /account/api-tokens) as 'Authorization: Bearer <token>' and may use the roles"
                                + " the token was given that its user still holds. Failures are RFC 9457 problem"
                                + " details whose type names the kind (urn:gauth-console:problem:...)."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("gac_<16 hex>_<43 base64url>")
                                        .description("A personal API token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
