package com.gauthconsole.notify;

import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Posts a notice as JSON: {@code text} for Slack and Teams, then the event and every field, for scripts. Redirects
 * are not followed, and the whole call, connecting included, ends after the timeout.
 */
class WebhookChannel implements NoticeChannel {

    private final RestClient client;
    private final String url;
    private final Duration timeout;

    WebhookChannel(String url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                // HTTP/1.1: an http:// webhook would otherwise be asked to upgrade to HTTP/2 on every call.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(timeout);
        this.client = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Notice notice) throws DeliveryFailed {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("text", notice.text());
        body.put("event", notice.event());
        body.putAll(notice.fields());
        ResponseEntity<Void> answer;
        try {
            answer = client.post()
                    .uri(url)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientResponseException refused) {
            throw new DeliveryFailed(
                    "The webhook answered HTTP " + refused.getStatusCode().value());
        } catch (ResourceAccessException unreachable) {
            throw new DeliveryFailed(reasonFor(unreachable.getCause()));
        } catch (RestClientException unreadable) {
            throw new DeliveryFailed("The webhook's answer could not be read");
        }
        if (!answer.getStatusCode().is2xxSuccessful()) {
            throw new DeliveryFailed(
                    "The webhook answered HTTP " + answer.getStatusCode().value() + " (a redirect is not followed)");
        }
    }

    /** Why the call did not complete, by the kind of failure alone: an exception's message may hold the address. */
    private String reasonFor(Throwable cause) {
        if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
            return "The webhook did not answer within " + timeout.toSeconds() + " s";
        }
        return "The webhook could not be reached"
                + (cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")");
    }

    /** The address stays out of every page and log line: a webhook's address is its credential. */
    @Override
    public String toString() {
        return "WebhookChannel[timeout=" + timeout + "]";
    }
}
