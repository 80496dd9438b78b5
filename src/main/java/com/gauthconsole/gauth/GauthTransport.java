package com.gauthconsole.gauth;

import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Exceptions;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientRequest;

/**
 * Sends one request over WebClient and waits for the whole answer. Connections are pooled and kept warm per connect
 * timeout; redirects are not followed, so a wrong base URL shows up instead of being silently papered over.
 */
final class GauthTransport {

    /** Slack on top of connect + response timeout, for a body that trickles in after its headers. */
    private static final Duration BODY_GRACE = Duration.ofSeconds(1);

    private final Map<Duration, WebClient> clientsByConnectTimeout = new ConcurrentHashMap<>();
    private final DeniedNetworks deniedNetworks;
    private final CheckedAddressResolverGroup resolver;

    GauthTransport(DeniedNetworks deniedNetworks) {
        this.deniedNetworks = deniedNetworks;
        this.resolver = new CheckedAddressResolverGroup(deniedNetworks);
    }

    GauthAnswer send(GauthEndpoint endpoint, GauthRequest request) {
        refuseDeniedAddress(request.call(), endpoint);
        WebClient.RequestBodySpec spec = client(endpoint.connectTimeout())
                .method(HttpMethod.valueOf(request.method()))
                .uri(URI.create(request.url()))
                .headers(headers -> request.headers().forEach(headers::set))
                .httpRequest(
                        http -> http.<HttpClientRequest>getNativeRequest().responseTimeout(endpoint.responseTimeout()));
        // Bodies travel as bytes: Spring's string codecs would log their content at DEBUG, secrets included.
        WebClient.RequestHeadersSpec<?> ready =
                request.body() == null ? spec : spec.bodyValue(request.body().getBytes(StandardCharsets.UTF_8));
        try {
            return ready.exchangeToMono(response -> response.bodyToMono(byte[].class)
                            .defaultIfEmpty(new byte[0])
                            .map(body -> new GauthAnswer(
                                    response.statusCode().value(),
                                    copy(response.headers().asHttpHeaders().asMultiValueMap()),
                                    new String(body, charset(response.headers().contentType())))))
                    .timeout(endpoint.connectTimeout()
                            .plus(endpoint.responseTimeout())
                            .plus(BODY_GRACE))
                    .block();
        } catch (RuntimeException e) {
            throw failure(request.call(), endpoint, Exceptions.unwrap(e));
        }
    }

    /**
     * Refuses before anything is built when the host is in a denied network; the connection's own resolution checks
     * again ({@link CheckedAddressResolverGroup}). An unknown host is left to the connection attempt.
     */
    private void refuseDeniedAddress(GauthCall call, GauthEndpoint endpoint) {
        try {
            deniedNetworks.deniedAddressOf(endpoint.baseUrl().getHost()).ifPresent(address -> {
                throw denied(call, endpoint, address);
            });
        } catch (UnknownHostException unknown) {
            // reported by the connection attempt
        }
    }

    private static GauthFailure denied(GauthCall call, GauthEndpoint endpoint, InetAddress address) {
        return new GauthFailure.Unreachable(
                call,
                where(endpoint),
                "its address " + address.getHostAddress()
                        + " is in a network the console may not call, console.gauth.denied-networks");
    }

    private WebClient client(Duration connectTimeout) {
        return clientsByConnectTimeout.computeIfAbsent(
                connectTimeout,
                timeout -> WebClient.builder()
                        .clientConnector(new ReactorClientHttpConnector(HttpClient.create()
                                .resolver(resolver)
                                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(timeout.toMillis()))
                                .followRedirect(false)))
                        .build());
    }

    private static GauthFailure failure(GauthCall call, GauthEndpoint endpoint, Throwable error) {
        String where = where(endpoint);
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CheckedAddressResolverGroup.DeniedAddress deniedAddress) {
                return denied(call, endpoint, deniedAddress.address());
            }
            if (cause instanceof ConnectTimeoutException) {
                return new GauthFailure.Unreachable(
                        call, where, "no connection within " + seconds(endpoint.connectTimeout()));
            }
            if (cause instanceof ConnectException) {
                return new GauthFailure.Unreachable(call, where, "connection refused");
            }
            if (cause instanceof UnknownHostException) {
                return new GauthFailure.Unreachable(call, where, "unknown host");
            }
            if (cause instanceof SSLException) {
                return new GauthFailure.Unreachable(call, where, "the TLS handshake failed");
            }
            if (cause instanceof ReadTimeoutException || cause instanceof TimeoutException) {
                return new GauthFailure.TimedOut(call, "within " + seconds(endpoint.responseTimeout()));
            }
        }
        return new GauthFailure.TimedOut(call, "completely: the connection broke off before the answer was complete");
    }

    private static Charset charset(Optional<MediaType> contentType) {
        return contentType.map(MediaType::getCharset).orElse(StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return copy;
    }

    private static String where(GauthEndpoint endpoint) {
        return endpoint.baseUrl().getHost() + portSuffix(endpoint.baseUrl());
    }

    private static String portSuffix(URI url) {
        return url.getPort() < 0 ? "" : ":" + url.getPort();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
