package com.gauthconsole.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a lead sets on a target for the wizard to offer, between what the operator types and the procedure's
 * defaults. Each is null where the procedure's default stands.
 *
 * @param corsOrigins one origin per line, where {@value #CLUSTER} and {@value #CUSTOMER} stand for the run's domains
 */
public record TargetDefaults(
        Integer configServerPort,
        String configServerLocation,
        String dataCenterLocation,
        String entryPoint,
        String corsOrigins) {

    public static final String CLUSTER = "{cluster}";
    public static final String CUSTOMER = "{customer}";

    private static final List<Field> FIELDS = List.of(
            new Field("defaultConfigServerPort", TargetDefaults::configServerPort),
            new Field("defaultConfigServerLocation", TargetDefaults::configServerLocation),
            new Field("defaultDataCenterLocation", TargetDefaults::dataCenterLocation),
            new Field("defaultEntryPoint", TargetDefaults::entryPoint),
            new Field("defaultCorsOrigins", TargetDefaults::corsOrigins));

    public static TargetDefaults none() {
        return new TargetDefaults(null, null, null, null, null);
    }

    /** The origins for a run on these domains, if the lead set a pattern. */
    public Optional<String> corsOriginsFor(String clusterDomain, String customerDomain) {
        return Optional.ofNullable(corsOrigins)
                .map(pattern -> pattern.replace(CLUSTER, clusterDomain).replace(CUSTOMER, customerDomain));
    }

    /** The target form's names of the fields that differ from those before, for the audit. */
    List<String> changedSince(TargetDefaults before) {
        List<String> changed = new ArrayList<>();
        FIELDS.stream()
                .filter(field ->
                        !Objects.equals(field.value().apply(this), field.value().apply(before)))
                .forEach(field -> changed.add(field.name()));
        return changed;
    }

    private record Field(String name, Function<TargetDefaults, Object> value) {}
}
