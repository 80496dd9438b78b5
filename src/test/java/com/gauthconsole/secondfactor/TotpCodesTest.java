package com.gauthconsole.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.secret.Secret;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpCodesTest {

    /** RFC 6238's SHA-1 seed, the ASCII of "12345678901234567890", in base32. */
    private static final Secret RFC_SEED = Secret.of("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void makesTheCodesOfRfc6238sTestVectors(long unixTime, String code) {
        long step = TotpCodes.stepAt(Instant.ofEpochSecond(unixTime));

        assertThat(new TotpCodes(8).codeAt(RFC_SEED, step)).isEqualTo(code);
        assertThat(new TotpCodes().codeAt(RFC_SEED, step)).isEqualTo(code.substring(2));
    }

    @Test
    void acceptsTheCodesOfTheStepBeforeAndAfterForClocksThatDriftButNoFurther() {
        TotpCodes codes = new TotpCodes();
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = TotpCodes.stepAt(now);

        for (long drift = -1; drift <= 1; drift++) {
            assertThat(codes.stepOf(RFC_SEED, codes.codeAt(RFC_SEED, step + drift), now, 0))
                    .hasValue(step + drift);
        }
        assertThat(codes.stepOf(RFC_SEED, codes.codeAt(RFC_SEED, step - 2), now, 0))
                .isEmpty();
        assertThat(codes.stepOf(RFC_SEED, codes.codeAt(RFC_SEED, step + 2), now, 0))
                .isEmpty();
    }

    @Test
    void refusesACodeOfAStepUsedAlreadyOrOfAnEarlierOne() {
        TotpCodes codes = new TotpCodes();
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = TotpCodes.stepAt(now);

        assertThat(codes.stepOf(RFC_SEED, codes.codeAt(RFC_SEED, step), now, step))
                .isEmpty();
        assertThat(codes.stepOf(RFC_SEED, codes.codeAt(RFC_SEED, step - 1), now, step))
                .isEmpty();
        assertThat(codes.stepOf(RFC_SEED, codes.codeAt(RFC_SEED, step + 1), now, step))
                .hasValue(step + 1);
    }

    @Test
    void refusesWhatIsNotSixDigits() {
        TotpCodes codes = new TotpCodes();
        Instant now = Instant.ofEpochSecond(59);

        assertThat(codes.stepOf(RFC_SEED, "", now, 0)).isEmpty();
        assertThat(codes.stepOf(RFC_SEED, "94287082", now, 0)).isEmpty();
        assertThat(codes.stepOf(RFC_SEED, "28708", now, 0)).isEmpty();
        assertThat(codes.stepOf(RFC_SEED, "2870 2", now, 0)).isEmpty();
    }

    @Test
    void newSecretsAre160RandomBitsInBase32AndTheUriCarriesThemForTheApp() {
        TotpCodes codes = new TotpCodes();
        Secret secret = codes.newSecret();

        assertThat(secret.reveal()).matches("[A-Z2-7]{32}");
        assertThat(codes.newSecret()).isNotEqualTo(secret);
        assertThat(codes.otpauthUri(secret, "GAuth Provisioning Console", "ada").reveal())
                .startsWith("otpauth://totp/")
                .contains("secret=" + secret.reveal(), "digits=6", "period=30", "algorithm=SHA1", "ada");
    }
}
