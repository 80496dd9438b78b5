package com.gauthconsole.secret;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused start-up over a server key into Spring Boot's short "application failed to start" report. */
class ServerKeyFailureAnalyzer extends AbstractFailureAnalyzer<ServerKeyMismatch> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ServerKeyMismatch cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Restore the key files and the database from the same backup, or set the same keys on every instance"
                        + " (see \"Keys and backups\" in the README).",
                cause);
    }
}
