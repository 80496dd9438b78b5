package com.gauthconsole.target;

import com.gauthconsole.gauth.BasicCredentials;
import com.gauthconsole.gauth.GauthEndpoint;
import com.gauthconsole.gauth.GauthProperties;
import com.gauthconsole.secret.Secret;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The GAuth targets the console may call. Only these: the wizard picks a target by name, so no URL typed into a
 * form ever reaches the HTTP client.
 */
@Component
public class TargetCatalog {

    private final TargetProperties properties;
    private final GauthProperties defaults;
    private final Environment environment;

    TargetCatalog(TargetProperties properties, GauthProperties defaults, Environment environment) {
        this.properties = properties;
        this.defaults = defaults;
        this.environment = environment;
    }

    public List<String> names() {
        return properties.targets().stream()
                .map(TargetProperties.Declared::name)
                .toList();
    }

    public Optional<GauthTarget> find(String name) {
        return properties.targets().stream()
                .filter(target -> target.name().equals(name))
                .findFirst()
                .map(this::resolve);
    }

    private GauthTarget resolve(TargetProperties.Declared declared) {
        URI baseUrl = URI.create(environment.resolveRequiredPlaceholders(declared.baseUrl()));
        GauthEndpoint endpoint = new GauthEndpoint(
                baseUrl,
                declared.connectTimeout() == null ? defaults.connectTimeout() : declared.connectTimeout(),
                declared.responseTimeout() == null ? defaults.responseTimeout() : declared.responseTimeout());
        return new GauthTarget(
                declared.name(),
                endpoint,
                new BasicCredentials(declared.opsUsername(), Secret.of(declared.opsPassword())));
    }
}
