package com.gauthconsole.run;

/** The secrets a run may keep, sealed, until it ends. */
enum RunSecretName {
    /** A client secret the operator typed for step 1 (empty lets GAuth generate one). */
    REQUESTED_CLIENT_SECRET,
    /** The client secret GAuth confirmed or generated in step 1; step 2 authenticates with it. */
    CLIENT_SECRET,
    ACCESS_TOKEN,
    REFRESH_TOKEN,
    /** The Configuration Server password typed for step 3. */
    CONFIG_SERVER_PASSWORD
}
