package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.gauthconsole.secret.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The fingerprint form alone: what it refuses before a check is spent, and that it never shows the value back. */
@WebMvcTest(FingerprintCheckController.class)
class FingerprintCheckControllerSliceTest {

    private static final TestingAuthenticationToken AUDITOR =
            new TestingAuthenticationToken("auditor", null, "ROLE_AUDITOR");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FingerprintChecks checks;

    @Test
    void anEmptyOrOverlongValueIsRefusedAtItsFieldWithoutSpendingACheck() throws Exception {
        String empty = check("");
        String overlong = check("x".repeat(4097));

        assertThat(empty).contains("Enter the value to fingerprint");
        assertThat(overlong)
                .contains("A value longer than 4096 characters is no secret here")
                .doesNotContain("xxxx");
        verify(checks, never()).check(any(), any());
    }

    @Test
    void aCheckShowsItsFingerprintAndRunsButNeverTheValue() throws Exception {
        when(checks.check(eq("auditor"), any(Secret.class)))
                .thenReturn(new FingerprintCheck("[REDACTED hmac:0123456789ab]", List.of(42L), 9));

        String page = check("known-secret-value");

        assertThat(page).contains("0123456789ab", "/history/runs/42").doesNotContain("known-secret-value");
    }

    @Test
    void checksUsedUpForTheDayAreSaidAtTheField() throws Exception {
        when(checks.check(eq("auditor"), any(Secret.class))).thenThrow(new FingerprintChecksUsedUp(10));

        assertThat(check("another-value")).contains(new FingerprintChecksUsedUp(10).getMessage());
    }

    private String check(String value) throws Exception {
        return mvc.perform(post("/history/fingerprint").param("value", value).principal(AUDITOR))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
