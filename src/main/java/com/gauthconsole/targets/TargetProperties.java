package com.gauthconsole.targets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * GAuth deployments declared in configuration. A base URL may refer to {@code ${local.server.port}}: it is resolved
 * when the target is used, after the server has its port, so the built-in simulator works on any port.
 */
@Validated
@ConfigurationProperties(prefix = "console")
public record TargetProperties(@Valid List<Declared> targets) {

    public TargetProperties {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /**
     * @param opsPassword from an environment variable in a real installation, never written in the file
     * @param connectTimeout null: the default of {@code console.gauth}
     */
    public record Declared(
            @NotBlank String name,
            @NotBlank String baseUrl,
            @NotBlank String opsUsername,
            @NotBlank String opsPassword,
            Duration connectTimeout,
            Duration responseTimeout) {

        @Override
        public String toString() {
            return "Declared[name=" + name + ", baseUrl=" + baseUrl + ", opsUsername=" + opsUsername + "]";
        }
    }
}
