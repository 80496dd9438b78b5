package com.gauthconsole.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A job's result as CSV (RFC 4180, CRLF, UTF-8 with a byte order mark so spreadsheets read it as UTF-8): each row's
 * customer, state, run and CCID, and why it failed. No secret was ever stored with a row, so none can reach it. A
 * cell a spreadsheet would take as a formula (starting with =, +, -, @, tab or CR) gets a leading ' so it is text.
 */
final class ResultCsv {

    static final String[] HEADER = {
        "row",
        "target",
        "cluster_domain",
        "customer_domain",
        "cc_id",
        "client_id",
        "state",
        "run_id",
        "run_link",
        "contact_center_id",
        "failure_reason"
    };

    private ResultCsv() {}

    static void write(BulkJobView job, Writer out) {
        try {
            out.write('\uFEFF');
            CSVPrinter printer =
                    CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
            for (BulkRowView row : job.rows()) {
                printer.printRecord(Arrays.stream(new Object[] {
                            row.number(),
                            row.target(),
                            row.clusterDomain(),
                            row.customerDomain(),
                            row.ccId(),
                            row.clientId(),
                            row.state(),
                            row.runId(),
                            row.runId() == null ? null : "/runs/" + row.runId(),
                            row.contactCenterId(),
                            row.failureReason()
                        })
                        .map(ResultCsv::inert));
            }
            printer.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Spreadsheets run a cell starting with one of these as a formula (OWASP's CSV injection advice). */
    static String inert(Object value) {
        String text = Objects.toString(value, "");
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
