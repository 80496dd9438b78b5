package com.gauthconsole.targets;

import com.gauthconsole.gauth.BasicCredentials;
import com.gauthconsole.gauth.GauthEndpoint;

/** One GAuth deployment the console may call, with the ops credentials it uses there. */
public record GauthTarget(String name, GauthEndpoint endpoint, BasicCredentials opsCredentials) {

    public String baseUrl() {
        return endpoint.baseUrl().toString();
    }
}
