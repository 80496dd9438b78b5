package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The history's controller alone (with the download it hands exports to): how it binds, refuses and hands on a
 * filter; the queries behind it are mocked.
 */
@WebMvcTest(HistoryController.class)
@Import(HistoryDownload.class)
class HistoryControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RunHistory history;

    @MockitoBean
    HistoryChoices choices;

    @MockitoBean
    RunDetails details;

    @MockitoBean
    HistoryExport export;

    @MockitoBean
    EventLogVerifier verifier;

    @MockitoBean
    AuditLog auditLog;

    @Test
    void aFilterThatCannotBeReadIsShownNextToItsFieldAndNothingIsQueried() throws Exception {
        String page = mvc.perform(get("/history")
                        .param("status", "DROP TABLE")
                        .param("from", "2026-03-10")
                        .param("to", "2026-03-01")
                        .with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Choose one of the listed statuses", "The end date must not be before the start date");
        verifyNoInteractions(history);
    }

    @Test
    void aValidFilterIsHandedToTheHistoryAsTyped() throws Exception {
        when(history.page(any())).thenReturn(HistoryPage.empty());

        mvc.perform(get("/history")
                        .param("user", "  alice ")
                        .param("id", "cc-1")
                        .with(user("op").roles("OPERATOR")))
                .andExpect(status().isOk());

        verify(history)
                .page(argThat(
                        filter -> filter.user().equals("alice") && filter.id().equals("cc-1")));
    }

    @Test
    void thePageSitsInTheConsolesLayoutWithItsOwnTitle() throws Exception {
        when(history.page(any())).thenReturn(HistoryPage.empty());

        String page = mvc.perform(get("/history").with(user("op").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(
                        "<title>History · GAuth Provisioning Console</title>",
                        "href=\"#main\">Skip to content</a>",
                        "<nav class=\"navbar",
                        "<main id=\"main\" class=\"container-fluid py-4 px-4\">")
                .containsOnlyOnce("<main")
                .doesNotContain("layout:", "th:");
    }

    @Test
    void anExportWithABadFilterIsRefusedAndRecordsNoEvent() throws Exception {
        mvc.perform(get("/history/export.csv")
                        .param("page", "0")
                        .with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(export);
        verify(auditLog, never()).append(any());
    }

    @Test
    void anExportIsRecordedWithWhoAndWhichFilterBeforeItStreams() throws Exception {
        mvc.perform(get("/history/export.json")
                        .param("status", "FAILED")
                        .principal(new TestingAuthenticationToken("auditor", null, "ROLE_AUDITOR")))
                .andExpect(status().isOk());

        verify(auditLog)
                .append(argThat(entry -> entry.kind() == AuditEventKind.HISTORY_EXPORTED
                        && entry.actor().equals("auditor")
                        && entry.details().get("filter").toString().contains("status=FAILED")));
        verify(export).write(argThat(filter -> "FAILED".equals(filter.status())), any());
    }

    @Test
    void aPastedTextWithoutACheckpointIsSaidToBeUnreadableAndTheLogIsVerifiedWithoutOne() throws Exception {
        when(verifier.verify(Optional.empty())).thenReturn(new EventLogReport(true, 3, null, null, null, null));

        String page = mvc.perform(post("/history/verify")
                        .param("checkpoint", "no checkpoint here")
                        .with(user("auditor").roles("AUDITOR"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Intact, 3 events.", "holds no checkpoint line");
    }

    @Test
    void aRunNotInTheHistoryIsNotFound() throws Exception {
        when(details.of(404L)).thenThrow(new RunNotInHistory(404L));

        mvc.perform(get("/history/runs/404").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isNotFound());
    }
}
