package com.gauthconsole.gauth;

import com.gauthconsole.secret.Secret;
import java.util.List;
import java.util.Map;

/** One HTTP request about to go to GAuth, in clear text; it never leaves this package. */
record GauthRequest(
        GauthCall call, String method, String url, Map<String, String> headers, String body, List<Secret> secrets) {}
