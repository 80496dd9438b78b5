package com.gauthconsole.gauth;

import java.util.List;
import java.util.Map;

/** GAuth's raw answer to one request, before anything is concluded from it. */
record GauthAnswer(int status, Map<String, List<String>> headers, String body) {

    String header(String name) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .flatMap(header -> header.getValue().stream())
                .findFirst()
                .orElse("");
    }
}
