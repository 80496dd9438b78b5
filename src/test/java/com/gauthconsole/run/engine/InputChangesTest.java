package com.gauthconsole.run.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a re-run changed, field by field, from the inputs of the failed attempt and of the re-run. */
class InputChangesTest {

    @Test
    void namesEachChangedFieldWithItsValueBeforeAndAfter() {
        String changes = InputChanges.between(
                "{\"domain\":\"acme.example.com\",\"port\":2020,\"readOnly\":false}",
                "{\"domain\":\"acme.example.org\",\"port\":2020,\"readOnly\":true}");

        assertThat(changes)
                .isEqualTo("[{\"field\":\"domain\",\"before\":\"acme.example.com\",\"after\":\"acme.example.org\"},"
                        + "{\"field\":\"readOnly\",\"before\":\"false\",\"after\":\"true\"}]");
    }

    @Test
    void aFieldAddedOrRemovedChangesFromOrToNull() {
        String changes = InputChanges.between("{\"origins\":\"https://a\"}", "{\"location\":\"/USW1\"}");

        assertThat(changes)
                .isEqualTo("[{\"field\":\"origins\",\"before\":\"https://a\",\"after\":null},"
                        + "{\"field\":\"location\",\"before\":null,\"after\":\"/USW1\"}]");
    }

    @Test
    void aSecretShowsAsChangedByItsFingerprintOnly() {
        String changes = InputChanges.between(
                "{\"password\":\"[REDACTED hmac:111111111111]\"}", "{\"password\":\"[REDACTED hmac:222222222222]\"}");

        assertThat(changes).contains("hmac:111111111111", "hmac:222222222222");
    }

    @Test
    void nothingChangedIsAnEmptyListAndNoInputsBeforeCountAsNone() {
        assertThat(InputChanges.between("{\"a\":\"1\"}", "{\"a\":\"1\"}")).isEqualTo("[]");
        assertThat(InputChanges.between(null, "{\"a\":\"1\"}"))
                .isEqualTo("[{\"field\":\"a\",\"before\":null,\"after\":\"1\"}]");
    }
}
