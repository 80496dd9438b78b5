package com.gauthconsole.gauth;

import com.gauthconsole.secret.Secret;
import java.util.List;

/**
 * Step 3's request: the tenant environment and how GAuth reaches its Configuration Server.
 *
 * @param id the CC-id used when deploying the Tenant service
 * @param username Configuration Server user
 * @param password Configuration Server password
 */
public record NewEnvironment(
        String id,
        String username,
        Secret password,
        String connectionProtocol,
        int remoteTimeout,
        String appName,
        String traceMode,
        boolean tlsEnabled,
        List<ConfigServer> configServers,
        int localTimeout,
        String tenant) {

    public record ConfigServer(int primaryPort, boolean readOnly, String primaryAddress, String locations) {}
}
