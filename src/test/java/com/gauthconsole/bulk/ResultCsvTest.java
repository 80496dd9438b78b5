package com.gauthconsole.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The result CSV cannot run as a spreadsheet formula and carries no more than the rows' non-secret columns. */
class ResultCsvTest {

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaBecomesText() {
        BulkRowView row = new BulkRowView(
                1,
                "=HYPERLINK(\"x\")",
                "+1.example.com",
                "-2.com",
                "@cc",
                "\tclient",
                RowState.FAILED,
                7L,
                "ccid",
                "\rreason");
        StringWriter out = new StringWriter();

        ResultCsv.write(
                new BulkJobView(3, "operator", JobStatus.FINISHED, Instant.EPOCH, null, null, List.of(row)), out);

        assertThat(out.toString())
                .startsWith("\uFEFFrow,target,cluster_domain,customer_domain,cc_id,client_id,state,run_id,run_link,"
                        + "contact_center_id,failure_reason\r\n")
                .endsWith("1,\"'=HYPERLINK(\"\"x\"\")\",'+1.example.com,'-2.com,'@cc,'\tclient,FAILED,7,/runs/7,"
                        + "ccid,\"'\rreason\"\r\n");
    }
}
