package com.gauthconsole.gauth;

import java.util.List;
import java.util.Map;

/** A request as it will be sent, secrets redacted: for showing, and for copying as a curl command. */
public record RequestPreview(String method, String url, Map<String, List<String>> headers, String body) {

    /** A curl command line equivalent to the request; its secrets stay redacted, so it must be edited before use. */
    public String curl() {
        StringBuilder curl =
                new StringBuilder("curl --request ").append(method).append(" ").append(quote(url));
        headers.forEach((name, values) ->
                values.forEach(value -> curl.append(" \\\n  --header ").append(quote(name + ": " + value))));
        if (body != null) {
            curl.append(" \\\n  --data-raw ").append(quote(body));
        }
        return curl.toString();
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
