package com.gauthconsole.audit;

import com.gauthconsole.secret.SecretsProperties;
import com.gauthconsole.secret.ServerKey;
import com.gauthconsole.secret.ServerKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AuditLogConfiguration {

    static final String AUDIT_KEY_FILE = "audit.key";
    private static final int KEY_BYTES = 32;

    /** The audit key follows the rule of every server key: it must be the one this database's events were made with. */
    @Bean
    EventLink eventLink(AuditProperties audit, SecretsProperties secrets, ServerKeys keys) {
        return new EventLink(keys.load(auditKey(audit, secrets)));
    }

    static ServerKey auditKey(AuditProperties audit, SecretsProperties secrets) {
        return new ServerKey(
                "audit",
                audit.key(),
                "CONSOLE_AUDIT_KEY (console.audit.key)",
                secrets.keyDir().resolve(AUDIT_KEY_FILE),
                KEY_BYTES);
    }
}
