package com.gauthconsole.gauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GauthFailureKindTest {

    @Test
    void aFailureThatMayHaveBeenAppliedOrFoundTheObjectMayHoldIt() {
        assertThat(GauthFailure.Kind.values())
                .filteredOn(GauthFailure.Kind::mayHoldTheObject)
                .containsExactlyInAnyOrder(
                        GauthFailure.Kind.TIMED_OUT,
                        GauthFailure.Kind.ALREADY_EXISTS,
                        GauthFailure.Kind.GATEWAY_FAILED,
                        GauthFailure.Kind.MALFORMED_RESPONSE);
    }

    @Test
    void readsTheStoredKindByItsNameAndByTheClassNameOlderRecordsHold() {
        assertThat(GauthFailure.Kind.ofStored("GATEWAY_FAILED")).contains(GauthFailure.Kind.GATEWAY_FAILED);
        assertThat(GauthFailure.Kind.ofStored("TimedOut")).contains(GauthFailure.Kind.TIMED_OUT);
        assertThat(GauthFailure.Kind.ofStored("AlreadyExists")).contains(GauthFailure.Kind.ALREADY_EXISTS);
        assertThat(GauthFailure.Kind.ofStored("CONSOLE_ERROR")).isEmpty();
        assertThat(GauthFailure.Kind.ofStored(null)).isEmpty();
    }
}
