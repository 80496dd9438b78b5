package com.gauthconsole.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Deliverers of several instances share the outbox on H2: each notice is claimed by one of them, and sent once.
 * {@link NoticeClaimOnPostgresTest} checks the same on PostgreSQL.
 */
@SpringBootTest(
        properties = {
            "console.notifications.public-base-url=https://console.example.com",
            // The console's own deliverer stays out of the way: the test runs two by hand.
            "console.notifications.delivery.poll-every=1h",
            "console.notifications.delivery.batch=100"
        })
class NoticeClaimTest {

    @RegisterExtension
    static WireMockExtension webhook = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @DynamicPropertySource
    static void webhookUrl(DynamicPropertyRegistry registry) {
        registry.add("console.notifications.webhook-url", () -> webhook.baseUrl() + TwoDeliverers.HOOK);
    }

    @Autowired
    ApplicationContext console;

    @Test
    void aDueNoticeIsClaimedByOneDelivererOnly() {
        new TwoDeliverers(console).aDueNoticeIsClaimedByOneDelivererOnly();
    }

    @Test
    void twoDeliverersAtOnceSendEveryNoticeExactlyOnce() throws Exception {
        webhook.stubFor(post(urlPathEqualTo(TwoDeliverers.HOOK)).willReturn(ok()));
        new TwoDeliverers(console).deliveringAtOnceSendsEveryNoticeOnce(webhook);
    }
}
