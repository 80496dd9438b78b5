package com.gauthconsole.bulk;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * At most {@code console.bulk.parallel} rows of a job run at once, counted where it shows: the calls GAuth has in
 * flight. The stand-in is the benchmark's (bench/standin), every answer delayed, with a counter of calls between
 * their arrival and the end of their answer; a row makes one call at a time, so calls in flight are rows running.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "console.bulk.parallel=" + BulkParallelBoundTest.PARALLEL)
@AutoConfigureMockMvc
class BulkParallelBoundTest {

    static final int PARALLEL = 3;
    private static final String STAND_IN = "Stand-in";
    private static final InFlight IN_FLIGHT = new InFlight();

    @RegisterExtension
    static WireMockExtension gauth = WireMockExtension.newInstance()
            .options(wireMockConfig()
                    .dynamicPort()
                    .usingFilesUnderDirectory("bench/standin")
                    .extensions(IN_FLIGHT))
            .build();

    @DynamicPropertySource
    static void standIn(DynamicPropertyRegistry registry) {
        registry.add("console.targets[0].name", () -> STAND_IN);
        registry.add("console.targets[0].base-url", () -> gauth.baseUrl() + "/gauth");
        registry.add("console.targets[0].ops-username", () -> "ops");
        registry.add("console.targets[0].ops-password", () -> "ops");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    BulkJobs jobs;

    @Test
    void neverRunsMoreRowsAtOnceThanTheSettingAllowsAndUsesThemAll() throws Exception {
        gauth.setGlobalFixedDelay(150);
        BulkCsv csv = new BulkCsv();
        for (int row = 1; row <= 3 * PARALLEL + 1; row++) {
            csv.customer("bound-" + row).with(BulkColumn.TARGET, STAND_IN);
        }

        BulkTestSupport operator = new BulkTestSupport(mvc, jobs, "operator");
        BulkJobView job = operator.awaitEnd(operator.start(csv.bytes()));

        assertThat(job.rows()).extracting(BulkRowView::state).containsOnly(RowState.SUCCEEDED);
        assertThat(IN_FLIGHT.calls.get())
                .as("every row made its six calls")
                .isEqualTo(6 * job.rows().size());
        assertThat(IN_FLIGHT.most.get()).as("most calls in flight at once").isEqualTo(PARALLEL);
    }

    /** Counts the calls between their arrival and the end of their answer, and the most at once. */
    static final class InFlight implements ServeEventListener {

        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public void beforeMatch(ServeEvent event, Parameters parameters) {
            calls.incrementAndGet();
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
        }

        @Override
        public void afterComplete(ServeEvent event, Parameters parameters) {
            now.decrementAndGet();
        }

        @Override
        public String getName() {
            return "calls-in-flight";
        }
    }
}
