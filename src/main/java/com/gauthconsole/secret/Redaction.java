package com.gauthconsole.secret;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Redacts the parts of one HTTP exchange. Secrets are found by name (JSON keys at any depth, form fields, query
 * parameters, headers, URL credentials, {@code Basic}/{@code Bearer} credentials in free text) and by value (the
 * secrets in play, also URL-encoded or JSON-escaped). Values shorter than {@value #SHORTEST_VALUE_SCRUBBED}
 * characters are found by name only: scrubbing a password like {@code ops} by value would mangle every URL.
 */
public final class Redaction {

    static final int SHORTEST_VALUE_SCRUBBED = 8;

    private final Mask mask;
    private final List<String> knownValues;
    private final TextRedaction text;
    private final JsonRedaction json;

    Redaction(Mask mask, Collection<Secret> secretsInPlay) {
        this.mask = mask;
        this.knownValues = secretsInPlay.stream()
                .map(Secret::reveal)
                .filter(value -> value.length() >= SHORTEST_VALUE_SCRUBBED)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        this.text = new TextRedaction(mask);
        this.json = new JsonRedaction(mask, text);
    }

    /** A request or response body of any kind: JSON, form-encoded, HTML or plain text. */
    public String body(String body) {
        if (body == null || body.isEmpty()) {
            return body;
        }
        String byName =
                json.redact(body).orElseGet(() -> text.looksLikeForm(body) ? text.form(body) : text.redact(body));
        return scrubKnownValues(byName);
    }

    public Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> redacted = new LinkedHashMap<>();
        headers.forEach((name, values) -> redacted.put(
                name, values.stream().map(value -> header(name, value)).toList()));
        return redacted;
    }

    public String header(String name, String value) {
        if (SensitiveKeys.isSensitive(name)) {
            return text.credential(value);
        }
        return scrubKnownValues(text.redact(value));
    }

    public String url(String url) {
        return url == null ? null : scrubKnownValues(text.url(url));
    }

    /** Free text such as an error message that may quote what it was sent. */
    public String text(String value) {
        return value == null ? null : scrubKnownValues(text.redact(value));
    }

    private String scrubKnownValues(String value) {
        String scrubbed = value;
        for (String secret : knownValues) {
            String marker = mask.of(secret);
            for (String form : encodings(secret)) {
                scrubbed = scrubbed.replace(form, marker);
            }
        }
        return scrubbed;
    }

    private static List<String> encodings(String secret) {
        String formEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        String jsonEscaped = secret.replace("\\", "\\\\").replace("\"", "\\\"");
        return List.of(
                secret,
                formEncoded,
                formEncoded.replace("+", "%20"),
                formEncoded.toLowerCase(Locale.ROOT),
                jsonEscaped,
                jsonEscaped.replace("/", "\\/"));
    }
}
