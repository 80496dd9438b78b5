package com.gauthconsole.sim;

/** The deployment's ops user (services.secret.admin_username / admin_password), which the ops calls demand. */
class OpsCredentials {

    private final String username;
    private final String password;

    OpsCredentials(SimulatorProperties properties) {
        this.username = properties.opsUsername();
        this.password = properties.opsPassword();
    }

    void require(String authorization) {
        BasicCredentials credentials = BasicCredentials.fromHeader(authorization)
                .orElseThrow(() -> GauthRejection.unauthorized("Ops credentials required (HTTP Basic)"));
        if (!credentials.matches(username, password)) {
            throw GauthRejection.unauthorized("Invalid ops credentials");
        }
    }

    boolean matches(String username, String password) {
        return new BasicCredentials(username, password).matches(this.username, this.password);
    }
}
