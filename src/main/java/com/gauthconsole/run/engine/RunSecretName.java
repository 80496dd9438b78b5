package com.gauthconsole.run.engine;

/** The secrets a run may keep, sealed, until it ends. */
public enum RunSecretName {
    /** A client secret the operator typed for step 1 (empty lets GAuth generate one). */
    REQUESTED_CLIENT_SECRET("The client secret typed for step 1"),
    /** The client secret GAuth confirmed or generated in step 1; step 2 authenticates with it. */
    CLIENT_SECRET("The API client secret"),
    ACCESS_TOKEN("The access token"),
    REFRESH_TOKEN("The refresh token"),
    /** The Configuration Server password typed for step 3. */
    CONFIG_SERVER_PASSWORD("The Configuration Server password");

    private final String label;

    RunSecretName(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
