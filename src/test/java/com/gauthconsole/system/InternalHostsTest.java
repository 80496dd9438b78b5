package com.gauthconsole.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InternalHostsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:8080/gauth-sim",
                "https://gauth.localhost",
                "http://127.0.0.1/gauth",
                "http://[::1]:8080",
                "https://10.1.2.3",
                "https://172.20.0.5:8443",
                "https://192.168.1.10",
                "https://169.254.10.10",
                "https://[fd12:3456::1]",
                "http://gauth:8080",
                "http://gauth-auth-svc/"
            })
    void takesLoopbackPrivateAndSingleLabelHostsForInternal(String url) {
        assertThat(InternalHosts.isInternal(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://gauth.acme.example.com",
                "https://8.8.8.8",
                "https://172.32.0.1",
                "https://[2001:db8::1]",
                "not a url at all",
                ""
            })
    void takesPublicNamesAndAddressesAndNonUrlsForNotInternal(String url) {
        assertThat(InternalHosts.isInternal(url)).isFalse();
    }
}
