package com.gauthconsole.audit;

import com.gauthconsole.run.AttemptView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the keyed fingerprints that redaction left in a run's attempts ({@code [REDACTED hmac:0123456789ab]}),
 * with where each appeared, so an auditor can compare them with another run's without ever seeing a secret.
 */
final class SecretFingerprints {

    private static final Pattern FINGERPRINT = Pattern.compile("\\[REDACTED hmac:([0-9a-f]{12})]");

    private SecretFingerprints() {}

    static List<FingerprintSighting> in(List<AttemptView> attempts) {
        Map<String, Set<String>> places = new LinkedHashMap<>();
        for (AttemptView attempt : attempts) {
            String where = attempt.step() + " attempt " + attempt.number();
            collect(places, attempt.requestUrl(), where + ", request URL");
            collect(places, attempt.requestHeaders().toString(), where + ", request headers");
            collect(places, attempt.requestBody(), where + ", request body");
            collect(places, attempt.responseBody(), where + ", response body");
        }
        List<FingerprintSighting> sightings = new ArrayList<>();
        places.forEach((fingerprint, where) -> sightings.add(new FingerprintSighting(fingerprint, List.copyOf(where))));
        return List.copyOf(sightings);
    }

    private static void collect(Map<String, Set<String>> places, String text, String where) {
        if (text == null) {
            return;
        }
        Matcher matcher = FINGERPRINT.matcher(text);
        while (matcher.find()) {
            places.computeIfAbsent(matcher.group(1), fingerprint -> new LinkedHashSet<>())
                    .add(where);
        }
    }
}
