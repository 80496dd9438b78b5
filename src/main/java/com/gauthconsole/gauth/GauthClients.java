package com.gauthconsole.gauth;

import com.gauthconsole.secret.Redactor;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands out a {@link GauthClient} for a GAuth endpoint. Application-wide listeners (such as the exchange log) hear
 * every exchange; a caller records the exchanges of its own work from what each call returns.
 */
@Component
public class GauthClients {

    /**
     * GAuth's documented create-client answer has a trailing comma in an array. A client that refused it would
     * report a failure for a client that was in fact created, and invite a duplicate; so trailing commas are read.
     */
    private static final JsonMapper LENIENT_JSON =
            JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private final GauthTransport transport;
    private final Redactor redactor;
    private final List<GauthExchangeListener> applicationListeners;
    private final Clock clock;

    public GauthClients(
            Redactor redactor,
            DeniedNetworks deniedNetworks,
            ObjectProvider<GauthExchangeListener> applicationListeners,
            ObjectProvider<Clock> clock) {
        this.transport = new GauthTransport(deniedNetworks);
        this.redactor = redactor;
        this.applicationListeners = applicationListeners.orderedStream().toList();
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public GauthClient to(GauthEndpoint endpoint) {
        return new GauthClient(endpoint, transport, LENIENT_JSON, redactor, applicationListeners, clock);
    }
}
