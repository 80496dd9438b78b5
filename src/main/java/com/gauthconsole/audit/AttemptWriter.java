package com.gauthconsole.audit;

import java.io.IOException;

/** Writes exported attempts, one at a time, straight to where they go. */
interface AttemptWriter {

    void start() throws IOException;

    /** One attempt's values in the order of {@link ExportColumn}. */
    void attempt(String[] values) throws IOException;

    void finish() throws IOException;
}
