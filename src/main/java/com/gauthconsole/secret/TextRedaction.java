package com.gauthconsole.secret;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Redaction of text that is not valid JSON: form bodies, headers, URLs, HTML error pages, log-like messages. */
final class TextRedaction {

    private static final Pattern AUTH_SCHEME =
            Pattern.compile("(?i)\\b(Basic|Bearer)(\\s+)(?!\\[REDACTED)([A-Za-z0-9._~+/\\-]+=*)");
    private static final Pattern URL_CREDENTIALS = Pattern.compile(
            "(?<![A-Za-z0-9+.\\-])([A-Za-z][A-Za-z0-9+.\\-]{0,30}://)([^/\\s:@\"'<>]*):([^/\\s@\"'<>]+)@");
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?<![A-Za-z0-9_\\-.])([A-Za-z0-9_\\-.]{1,64})(\\\\?\"?'?\\s*[:=]\\s*)(?!\\[REDACTED)(\\\\?\"(?:[^\"\\\\]|\\\\.)*?\\\\?\"|'[^']*'|[^\\s&,;}\\]<>\"']+)");
    private static final Pattern FORM = Pattern.compile("[^=&\\s]+=[^&\\s]*(&[^=&\\s]+=[^&\\s]*)*");

    private final Mask mask;

    TextRedaction(Mask mask) {
        this.mask = mask;
    }

    String redact(String text) {
        String redacted = replace(AUTH_SCHEME, text, m -> m.group(1) + m.group(2) + mask.ofCredential(m.group(3)));
        redacted = replace(URL_CREDENTIALS, redacted, m -> m.group(1) + m.group(2) + ":" + mask.of(m.group(3)) + "@");
        return redactKeyValues(redacted);
    }

    /**
     * Masks the value after every sensitive {@code key=value} or {@code "key": "value"}. A non-sensitive pair is
     * searched again from its value, which may itself hold a pair ({@code error: password=...}).
     */
    private String redactKeyValues(String text) {
        Matcher pair = KEY_VALUE.matcher(text);
        StringBuilder redacted = new StringBuilder();
        int copied = 0;
        int from = 0;
        while (from < text.length() && pair.find(from)) {
            if (SensitiveKeys.isSensitive(pair.group(1))) {
                redacted.append(text, copied, pair.start(3)).append(quoted(pair.group(3)));
                copied = pair.end();
                from = pair.end();
            } else {
                from = pair.start(3);
            }
        }
        return redacted.append(text, copied, text.length()).toString();
    }

    boolean looksLikeForm(String body) {
        return FORM.matcher(body.strip()).matches();
    }

    /** A form-encoded body, field by field, keeping the fields' order and encoding. */
    String form(String body) {
        StringBuilder redacted = new StringBuilder();
        for (String pair : body.split("&", -1)) {
            if (redacted.length() > 0) {
                redacted.append('&');
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (equals >= 0 && SensitiveKeys.isSensitive(name) && equals < pair.length() - 1) {
                String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                redacted.append(pair, 0, equals + 1).append(mask.of(value));
            } else {
                redacted.append(redact(pair));
            }
        }
        return redacted.toString();
    }

    /** The value of an Authorization-like header: the scheme and, for Basic, the user stay readable. */
    String credential(String value) {
        String[] schemeAndCredential = value.strip().split("\\s+", 2);
        if (schemeAndCredential.length < 2) {
            return mask.ofCredential(value);
        }
        String scheme = schemeAndCredential[0];
        String credential = schemeAndCredential[1];
        if (scheme.equalsIgnoreCase("Basic")) {
            String user = basicUser(credential);
            if (user != null) {
                return scheme + " " + user + ":" + mask.ofCredential(credential);
            }
        }
        return scheme + " " + mask.ofCredential(credential);
    }

    String url(String url) {
        String redacted = replace(URL_CREDENTIALS, url, m -> m.group(1) + m.group(2) + ":" + mask.of(m.group(3)) + "@");
        int query = redacted.indexOf('?');
        if (query < 0) {
            return redacted;
        }
        int fragment = redacted.indexOf('#', query);
        String queryString = fragment < 0 ? redacted.substring(query + 1) : redacted.substring(query + 1, fragment);
        String rest = fragment < 0 ? "" : redacted.substring(fragment);
        return redacted.substring(0, query + 1) + form(queryString) + rest;
    }

    private String quoted(String value) {
        if (value.startsWith("\\\"")) {
            return "\\\"" + mask.of(value.substring(2, value.length() - 2)) + "\\\"";
        }
        if (value.startsWith("\"") || value.startsWith("'")) {
            char quote = value.charAt(0);
            return quote + mask.of(value.substring(1, value.length() - 1)) + quote;
        }
        return mask.of(value);
    }

    private static String basicUser(String credential) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String user = colon < 0 ? null : decoded.substring(0, colon);
            return user != null && user.matches("[A-Za-z0-9_.@\\-]{1,128}") ? user : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> replacement) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(replacement.apply(match)));
    }
}
