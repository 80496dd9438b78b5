package com.gauthconsole.gauth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** One log line per exchange with GAuth; the redacted bodies at DEBUG. */
@Component
class GauthExchangeLog implements GauthExchangeListener {

    private static final Logger log = LoggerFactory.getLogger(GauthExchangeLog.class);

    @Override
    public void onExchange(GauthExchange exchange) {
        if (exchange.succeeded()) {
            log.info(
                    "GAuth {} {} {} -> HTTP {} in {} ms",
                    exchange.call(),
                    exchange.method(),
                    exchange.url(),
                    exchange.httpStatus(),
                    exchange.duration().toMillis());
        } else {
            log.warn(
                    "GAuth {} {} {} -> {} in {} ms: {}",
                    exchange.call(),
                    exchange.method(),
                    exchange.url(),
                    exchange.httpStatus() == null ? "no answer" : "HTTP " + exchange.httpStatus(),
                    exchange.duration().toMillis(),
                    exchange.failure());
        }
        if (log.isDebugEnabled()) {
            log.debug(
                    "GAuth {} request {} response {}",
                    exchange.call(),
                    exchange.requestBody(),
                    exchange.responseBody());
        }
    }
}
