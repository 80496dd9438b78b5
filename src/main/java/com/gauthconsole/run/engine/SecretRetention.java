package com.gauthconsole.run.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the sealed secrets no run can use any more: those of runs idle for longer than
 * {@code console.runs.secret-retention}, and expired tokens. Until then they already read as absent.
 */
@Component
public class SecretRetention {

    private static final Logger log = LoggerFactory.getLogger(SecretRetention.class);

    private final RunSecrets secrets;

    SecretRetention(RunSecrets secrets) {
        this.secrets = secrets;
    }

    @Scheduled(
            fixedDelayString = "${console.runs.sweep-every:30s}",
            initialDelayString = "${console.runs.sweep-every:30s}")
    public void sweep() {
        int deleted = secrets.forgetUnusable();
        if (deleted > 0) {
            log.info("Deleted {} sealed secret(s) of idle runs or expired tokens", deleted);
        }
    }
}
