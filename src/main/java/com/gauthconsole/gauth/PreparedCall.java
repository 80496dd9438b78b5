package com.gauthconsole.gauth;

import java.util.function.BiFunction;

/**
 * A call to GAuth, fully built but not yet sent, so the console can show the exact request (redacted) before
 * anybody presses execute.
 */
public final class PreparedCall<T> {

    private final GauthClient client;
    private final GauthRequest request;
    private final BiFunction<GauthAnswer, AnswerReader, T> read;

    PreparedCall(GauthClient client, GauthRequest request, BiFunction<GauthAnswer, AnswerReader, T> read) {
        this.client = client;
        this.request = request;
        this.read = read;
    }

    public GauthCall call() {
        return request.call();
    }

    /** The request as it will go out, with its secrets redacted to plain markers. */
    public RequestPreview preview() {
        return client.preview(request);
    }

    /** The request as it will go out, as the attempt's record keeps it: secrets redacted to keyed fingerprints. */
    public RequestPreview recorded() {
        return client.recorded(request);
    }

    /**
     * Sends the request and reads the answer, with the redacted exchange; throws a {@link GauthFailure}, carrying the
     * exchange, when it did not succeed.
     */
    public Exchanged<T> send() {
        return client.exchange(request, read);
    }
}
