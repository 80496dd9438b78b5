package com.gauthconsole.gauth;

import java.util.function.Function;

/**
 * What a call to GAuth came to, with the exchange that produced it, already redacted: the result for the caller,
 * the exchange for the record.
 */
public record Exchanged<T>(T result, GauthExchange exchange) {

    public <R> Exchanged<R> map(Function<? super T, ? extends R> mapping) {
        return new Exchanged<>(mapping.apply(result), exchange);
    }
}
