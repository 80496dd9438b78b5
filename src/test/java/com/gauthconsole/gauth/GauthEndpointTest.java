package com.gauthconsole.gauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GauthEndpointTest {

    @Test
    void appendsTheApiPathToTheBaseUrlsPath() {
        assertThat(endpoint("https://gauth.example.com/base/").url("/auth/v3/ops/clients"))
                .isEqualTo("https://gauth.example.com/base/auth/v3/ops/clients");
        assertThat(endpoint("https://gauth.example.com").url("/environment/v3/contact-centers/a%20b/settings"))
                .isEqualTo("https://gauth.example.com/environment/v3/contact-centers/a%20b/settings");
    }

    @Test
    void refusesABaseUrlWhoseQueryOrFragmentWouldSwallowTheApiPath() {
        assertThatThrownBy(() -> endpoint("https://gauth.example.com/base?"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> endpoint("https://gauth.example.com/?x=1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> endpoint("https://gauth.example.com/#top"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static GauthEndpoint endpoint(String baseUrl) {
        return new GauthEndpoint(URI.create(baseUrl), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }
}
