package com.gauthconsole.sim;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The data centers (GAuth locations) added so far, unique by location. Refusing a second one for a location with 409
 * is an inference: the procedure does not say what GAuth answers.
 */
class DataCenterDirectory {

    record DataCenter(String location, URI entryPoint, boolean readOnly) {}

    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    private final Map<String, DataCenter> byLocation = new ConcurrentHashMap<>();

    void add(JsonNode body) {
        RequestData request = RequestData.of(body);
        String location = request.requiredText("location");
        if (!location.startsWith("/")) {
            throw GauthRejection.invalid("data.location must start with '/', e.g. /usw1");
        }
        URI entryPoint = webUrl(request.requiredText("entryPoint"));
        boolean readOnly = request.requiredBoolean("readOnly");
        if (byLocation.putIfAbsent(location, new DataCenter(location, entryPoint, readOnly)) != null) {
            throw GauthRejection.alreadyExists("Data center '" + location + "' already exists");
        }
    }

    int count() {
        return byLocation.size();
    }

    void clear() {
        byLocation.clear();
    }

    private static URI webUrl(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() != null
                    && WEB_SCHEMES.contains(uri.getScheme().toLowerCase())
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException notAUri) {
            // answered below like any other value that is not an http(s) URL
        }
        throw GauthRejection.invalid("data.entryPoint must be an http(s) URL");
    }
}
