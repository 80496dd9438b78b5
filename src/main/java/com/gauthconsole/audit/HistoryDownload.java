package com.gauthconsole.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * An export of the history as a download, for the pages and the API alike: recorded in the audit first (who, which
 * format, which filter), then streamed.
 */
@Component
class HistoryDownload {

    private final HistoryExport export;
    private final AuditLog auditLog;

    HistoryDownload(HistoryExport export, AuditLog auditLog) {
        this.export = export;
        this.auditLog = auditLog;
    }

    void send(HistoryFilter filter, String actor, Format format, HttpServletResponse response) throws IOException {
        auditLog.append(new AuditEntry(
                AuditEventKind.HISTORY_EXPORTED,
                actor,
                "history",
                null,
                Map.of("format", format.extension, "filter", filter.exportLink(format.extension))));
        response.setContentType(format.contentType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("history." + format.extension)
                        .build()
                        .toString());
        export.write(filter, format.writer.apply(response.getOutputStream()));
    }

    enum Format {
        CSV("csv", "text/csv;charset=UTF-8", CsvAttemptWriter::new),
        JSON("json", "application/json", JsonAttemptWriter::new);

        private final String extension;
        private final String contentType;
        private final Function<OutputStream, AttemptWriter> writer;

        Format(String extension, String contentType, Function<OutputStream, AttemptWriter> writer) {
            this.extension = extension;
            this.contentType = contentType;
            this.writer = writer;
        }
    }
}
