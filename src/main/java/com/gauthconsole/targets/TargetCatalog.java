package com.gauthconsole.targets;

import com.gauthconsole.gauth.BasicCredentials;
import com.gauthconsole.gauth.GauthEndpoint;
import com.gauthconsole.gauth.GauthProperties;
import com.gauthconsole.secret.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The GAuth targets the console may call: those declared in application.yml first, then those leads added at
 * /targets. Only these: the wizard picks a target by name, so no URL typed into a form ever reaches the HTTP client.
 */
@Component
public class TargetCatalog {

    private final TargetProperties properties;
    private final ManagedTargetRepository managed;
    private final OpsPasswords opsPasswords;
    private final GauthProperties defaults;
    private final Environment environment;

    TargetCatalog(
            TargetProperties properties,
            ManagedTargetRepository managed,
            OpsPasswords opsPasswords,
            GauthProperties defaults,
            Environment environment) {
        this.properties = properties;
        this.managed = managed;
        this.opsPasswords = opsPasswords;
        this.defaults = defaults;
        this.environment = environment;
    }

    public List<String> names() {
        return Stream.concat(
                        properties.targets().stream().map(TargetProperties.Declared::name),
                        managed.findAllByOrderByNameAsc().stream().map(ManagedTarget::name))
                .distinct()
                .toList();
    }

    public Optional<GauthTarget> find(String name) {
        Optional<GauthTarget> declared = declared(name)
                .map(target -> resolve(target, environment.resolveRequiredPlaceholders(target.baseUrl())));
        return declared.isPresent() ? declared : managed.findByName(name).map(this::resolve);
    }

    /** What the lead set on the target for the wizard; none for a declared or removed one. */
    public TargetDefaults defaults(String name) {
        return isDeclared(name)
                ? TargetDefaults.none()
                : managed.findByName(name).map(ManagedTarget::defaults).orElse(TargetDefaults.none());
    }

    boolean isDeclared(String name) {
        return declared(name).isPresent();
    }

    /** Every target for the targets page; a declared URL whose placeholder cannot be resolved yet is shown as is. */
    List<TargetView> views() {
        Stream<TargetView> declared = properties.targets().stream()
                .map(target -> new TargetView(
                        null,
                        target.name(),
                        environment.resolvePlaceholders(target.baseUrl()),
                        target.opsUsername(),
                        orDefault(target.connectTimeout(), defaults.connectTimeout()),
                        orDefault(target.responseTimeout(), defaults.responseTimeout()),
                        null,
                        null));
        Stream<TargetView> added = managed.findAllByOrderByNameAsc().stream()
                .filter(target -> !isDeclared(target.name()))
                .map(target -> new TargetView(
                        target.id(),
                        target.name(),
                        target.baseUrl(),
                        target.opsUsername(),
                        seconds(target.connectTimeoutSeconds(), defaults.connectTimeout()),
                        seconds(target.responseTimeoutSeconds(), defaults.responseTimeout()),
                        target.updatedBy(),
                        target.updatedAt()));
        return Stream.concat(declared, added).toList();
    }

    private Optional<TargetProperties.Declared> declared(String name) {
        return properties.targets().stream()
                .filter(target -> target.name().equals(name))
                .findFirst();
    }

    private GauthTarget resolve(TargetProperties.Declared declared, String baseUrl) {
        GauthEndpoint endpoint = new GauthEndpoint(
                URI.create(baseUrl),
                orDefault(declared.connectTimeout(), defaults.connectTimeout()),
                orDefault(declared.responseTimeout(), defaults.responseTimeout()));
        return new GauthTarget(
                declared.name(),
                endpoint,
                new BasicCredentials(declared.opsUsername(), Secret.of(declared.opsPassword())));
    }

    private GauthTarget resolve(ManagedTarget target) {
        GauthEndpoint endpoint = new GauthEndpoint(
                URI.create(target.baseUrl()),
                seconds(target.connectTimeoutSeconds(), defaults.connectTimeout()),
                seconds(target.responseTimeoutSeconds(), defaults.responseTimeout()));
        return new GauthTarget(
                target.name(),
                endpoint,
                new BasicCredentials(
                        target.opsUsername(), opsPasswords.open(target.name(), target.opsPasswordSealed())));
    }

    private static Duration orDefault(Duration duration, Duration fallback) {
        return duration == null ? fallback : duration;
    }

    private static Duration seconds(Integer seconds, Duration fallback) {
        return seconds == null ? fallback : Duration.ofSeconds(seconds);
    }
}
