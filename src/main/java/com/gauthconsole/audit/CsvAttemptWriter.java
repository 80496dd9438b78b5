package com.gauthconsole.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * RFC 4180 CSV: a header row, CRLF line ends, fields with a comma, quote or line break quoted and quotes doubled.
 * Starts with a UTF-8 byte order mark so that spreadsheets read the text as UTF-8. A cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so a spreadsheet never runs a recorded value
 * as a formula.
 */
final class CsvAttemptWriter implements AttemptWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;

    CsvAttemptWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void start() throws IOException {
        out.write(BYTE_ORDER_MARK);
        ExportColumn[] columns = ExportColumn.values();
        String[] labels = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            labels[i] = columns[i].label();
        }
        attempt(labels);
    }

    @Override
    public void attempt(String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(values[i]));
        }
        out.write("\r\n");
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        boolean quote =
                safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeAFormula(String value) {
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
