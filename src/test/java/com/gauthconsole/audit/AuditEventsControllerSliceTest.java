package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The event list's controller alone: its filter, the link to older events, and a checkpoint on demand. */
@WebMvcTest(AuditEventsController.class)
class AuditEventsControllerSliceTest {

    private static final TestingAuthenticationToken AUDITOR =
            new TestingAuthenticationToken("auditor", null, "ROLE_AUDITOR");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AuditEvents events;

    @MockitoBean
    AuditCheckpoints checkpoints;

    @Test
    void anUnknownKindOrABadEventNumberIsRefusedAndNothingIsRead() throws Exception {
        String page = page(get("/history/events").param("kind", "NO_SUCH_KIND").param("before", "0"));

        assertThat(page).contains("id=\"kind-error\"", "listed kinds");
        verifyNoInteractions(events);
    }

    @Test
    void aPageWithOlderEventsLinksToThemWithTheSameFilter() throws Exception {
        AuditEvent event = new AuditEvent(
                41, Instant.parse("2026-12-07T10:00:00Z"), "USER_CREATED", "admin", "user alice", null, "{}", "l");
        when(events.page(any())).thenReturn(new EventPage(List.of(event), true));

        String page = page(get("/history/events").param("kind", "USER_CREATED").param("actor", " admin "));

        verify(events)
                .page(argThat(filter -> filter.kind() == AuditEventKind.USER_CREATED
                        && filter.actor().equals("admin")));
        assertThat(page).contains("user alice", "/history/events?kind=USER_CREATED&amp;actor=admin&amp;before=41");
    }

    @Test
    void aCheckpointOnDemandIsWrittenInTheAuditorsNameAndShownOnce() throws Exception {
        when(checkpoints.write("auditor"))
                .thenReturn(new Checkpoint(7, "a".repeat(64), Instant.parse("2026-12-07T10:00:00Z")));

        mvc.perform(post("/history/events/checkpoint").principal(AUDITOR))
                .andExpect(redirectedUrl("/history/events"))
                .andExpect(flash().attribute(
                                "checkpoint",
                                new Checkpoint(7, "a".repeat(64), Instant.parse("2026-12-07T10:00:00Z")).line()));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.principal(AUDITOR)).andReturn().getResponse().getContentAsString();
    }
}
