package com.gauthconsole.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.gauthconsole.GauthConsoleApplication;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The outbox's migration and its claims on PostgreSQL: each notice is claimed by one deliverer, and sent once. */
class NoticeClaimOnPostgresTest {

    @RegisterExtension
    static WireMockExtension webhook = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext console;

    @BeforeAll
    static void startConsoleOnPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        console = new SpringApplicationBuilder(GauthConsoleApplication.class)
                .run(
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--console.notifications.webhook-url=" + webhook.baseUrl() + TwoDeliverers.HOOK,
                        "--console.notifications.public-base-url=https://console.example.com",
                        "--console.notifications.delivery.poll-every=1h",
                        "--console.notifications.delivery.batch=100");
    }

    @AfterAll
    static void stop() throws Exception {
        console.close();
        postgres.close();
    }

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
