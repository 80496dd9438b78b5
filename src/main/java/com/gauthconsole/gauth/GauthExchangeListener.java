package com.gauthconsole.gauth;

/** Receives every exchange with GAuth, successful or not, after redaction. */
@FunctionalInterface
public interface GauthExchangeListener {

    void onExchange(GauthExchange exchange);
}
