package com.gauthconsole.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDifferentCodesOfSixteenLettersAndDigitsInGroupsOfFour() {
        List<String> codes = RecoveryCodes.generate();

        assertThat(codes).hasSize(10).allMatch(code -> code.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));
        assertThat(new HashSet<>(codes)).hasSize(10);
        assertThat(codes).allMatch(RecoveryCodes::looksLikeOne);
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
    }

    @Test
    void keepsOnlyASaltedHashThatMatchesTheCodeWhateverItsCaseAndDashes() {
        String code = RecoveryCodes.generate().get(0);
        String stored = RecoveryCodes.hash(code);

        assertThat(stored).doesNotContain(code).doesNotContain(code.replace("-", ""));
        assertThat(RecoveryCodes.hash(code)).as("salted").isNotEqualTo(stored);
        assertThat(RecoveryCodes.matches(code, stored)).isTrue();
        assertThat(RecoveryCodes.matches(code.toUpperCase().replace("-", " "), stored))
                .isTrue();
        assertThat(RecoveryCodes.matches(RecoveryCodes.generate().get(0), stored))
                .isFalse();
    }
}
