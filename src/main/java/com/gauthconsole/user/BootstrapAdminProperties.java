package com.gauthconsole.user;

import com.gauthconsole.secret.Secret;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a real installation, usually from {@code CONSOLE_BOOTSTRAPADMIN_USERNAME} and
 * {@code CONSOLE_BOOTSTRAPADMIN_PASSWORD}. Both empty: a one-time password is generated instead.
 */
@ConfigurationProperties(prefix = "console.bootstrap-admin")
record BootstrapAdminProperties(String username, Secret password) {

    boolean configured() {
        return (username != null && !username.isBlank()) || (password != null && !password.isEmpty());
    }
}
