package com.gauthconsole.run.wizard;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.gauthconsole.run.engine.RunNotFound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A run's shell script alone: served as a UTF-8 text download named after the run. */
@WebMvcTest(RunScriptController.class)
class RunScriptControllerSliceTest {

    private static final TestingAuthenticationToken OPERATOR =
            new TestingAuthenticationToken("op", null, "ROLE_OPERATOR");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RunScript scripts;

    @Test
    void aRunsCallsAreServedAsAScriptToDownloadNamedAfterTheRun() throws Exception {
        String script = "#!/bin/sh\n# Run 7 on Production EU – acme.example.com\ncurl -u \"ops:$OPS_PASSWORD\"\n";
        when(scripts.of(7L)).thenReturn(script);

        mvc.perform(get("/runs/7/script.sh").principal(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"run-7.sh\""))
                .andExpect(content().string(script));
    }

    @Test
    void aRunThatDoesNotExistIsNotFound() throws Exception {
        when(scripts.of(404L)).thenThrow(new RunNotFound(404L));

        mvc.perform(get("/runs/404/script.sh").principal(OPERATOR)).andExpect(status().isNotFound());
    }
}
