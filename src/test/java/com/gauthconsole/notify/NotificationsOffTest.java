package com.gauthconsole.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.gauthconsole.run.Step;
import com.gauthconsole.testing.GauthSimulatorClient;
import com.gauthconsole.testing.WizardDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The default: no webhook and no email configured, so a failed run is neither stored as a notice nor sent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class NotificationsOffTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NoticeDeliverySchedule delivery;

    @LocalServerPort
    int port;

    @AfterEach
    void clearFaults() {
        new GauthSimulatorClient(port).clearFaults();
    }

    @Test
    void aFailedStepStoresNoNoticeAndNothingIsDelivered() throws Exception {
        WizardDriver operator = new WizardDriver(mvc, "operator", "OPERATOR");
        long runId = operator.start("quiet.example.com");
        new GauthSimulatorClient(port)
                .inject("{\"call\": \"CREATE_CLIENT\", \"times\": 1, \"httpStatus\": 500, \"statusCode\": 5}");

        assertThat(operator.execute(runId, Step.CREATE_API_CLIENT, WizardDriver.clientDefaults("quiet-client")))
                .contains("Attempt 1 failed");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice_outbox")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(delivery.isRunning()).isFalse();
        assertThat(mvc.perform(get("/admin/notifications").with(user("admin").roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("No notification channel is configured");
    }
}
