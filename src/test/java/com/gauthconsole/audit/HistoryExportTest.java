package com.gauthconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The exports hold one entry per attempt of the filtered runs, and read back to exactly what was recorded. */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryExportTest {

    private static final String TRICKY_BODY = "=HYPERLINK(\"http://evil.example\",\"click\"), line one\nline two";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    private String ccid;
    private long runId;
    private long first;
    private long second;

    @BeforeEach
    void recordARunAndAnother() {
        AuditFixtures fixtures = new AuditFixtures(jdbc, transaction, events);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ccid = "cc-" + unique;
        runId = fixtures.run("op-" + unique, Instant.now(), "FAILED", "client-" + unique, "env-" + unique, ccid);
        first = fixtures.attempt(
                runId,
                "ADD_CONTACT_CENTER",
                "SUCCEEDED",
                "{\"status\":{\"code\":0}}",
                "{\"contact_center_id\":\"" + ccid + "\"}");
        second = fixtures.attempt(runId, "ADD_DATA_CENTER", "FAILED", TRICKY_BODY, null);
        long other = fixtures.run("op-" + unique, Instant.now(), "FAILED", null, null, "other-" + unique);
        fixtures.attempt(other, "CREATE_API_CLIENT", "FAILED", "{}", null);
    }

    @Test
    void exportsTheFilteredAttemptsAsCsvThatReadsBackCellForCell() throws Exception {
        MockHttpServletResponse response = export("/history/export.csv?id=" + ccid);

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "history.csv");
        List<List<String>> rows = Rfc4180.parse(response.getContentAsString(StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        assertThat(header.get(0)).isEqualTo("\uFEFFrun_id");
        assertThat(rows).hasSize(3);
        List<String> attempt = rows.get(1);
        assertThat(attempt.get(header.indexOf("attempt_id"))).isEqualTo(Long.toString(first));
        assertThat(attempt.get(header.indexOf("contact_center_id"))).isEqualTo(ccid);
        assertThat(attempt.get(header.indexOf("returned_ids"))).contains(ccid);
        assertThat(attempt.get(header.indexOf("request_headers"))).contains("[REDACTED hmac:0123456789ab]");
        assertThat(attempt.get(header.indexOf("event_link"))).hasSize(64);
        List<String> failed = rows.get(2);
        assertThat(failed.get(header.indexOf("attempt_id"))).isEqualTo(Long.toString(second));
        assertThat(failed.get(header.indexOf("response_body"))).isEqualTo("'" + TRICKY_BODY);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void exportsTheFilteredAttemptsAsAJsonArrayWithOneObjectPerAttempt() throws Exception {
        MockHttpServletResponse response = export("/history/export.json?id=" + ccid);

        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode attempts = JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(attempts.isArray()).isTrue();
        assertThat(attempts).hasSize(2);
        JsonNode attempt = attempts.get(0);
        assertThat(attempt.get("attempt_id").asLong()).isEqualTo(first);
        assertThat(attempt.get("run_id").asLong()).isEqualTo(runId);
        assertThat(attempt.get("returned_ids").get("contact_center_id").asString())
                .isEqualTo(ccid);
        assertThat(attempt.get("request_headers").get("Authorization").get(0).asString())
                .isEqualTo("[REDACTED hmac:0123456789ab]");
        assertThat(attempt.get("failure_reason").isNull()).isTrue();
        assertThat(attempts.get(1).get("response_body").asString()).isEqualTo(TRICKY_BODY);
    }

    @Test
    void neutralisesEveryCellThatASpreadsheetWouldRunAsAFormula() {
        assertThat(CsvAttemptWriter.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvAttemptWriter.cell("+1")).isEqualTo("'+1");
        assertThat(CsvAttemptWriter.cell("-1")).isEqualTo("'-1");
        assertThat(CsvAttemptWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvAttemptWriter.cell("plain")).isEqualTo("plain");
        assertThat(CsvAttemptWriter.cell("say \"hi\", twice")).isEqualTo("\"say \"\"hi\"\", twice\"");
    }

    private MockHttpServletResponse export(String path) throws Exception {
        return mvc.perform(get(path).with(user("auditor").roles("AUDITOR")))
                .andReturn()
                .getResponse();
    }

    /** A strict reader of RFC 4180 CSV, to prove the export parses back to the recorded values. */
    static final class Rfc4180 {

        static List<List<String>> parse(String csv) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < csv.length(); i++) {
                char c = csv.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    cell.append(c);
                }
            }
            return rows;
        }
    }
}
