package com.gauthconsole.sim;

/** What a simulated call demands before it does anything. */
enum Credential {
    /** HTTP Basic with the ops user. */
    OPS_BASIC,
    /** HTTP Basic with an API client's id and secret (the token call). */
    CLIENT_BASIC,
    /** {@code Authorization: Bearer} with an unexpired access token from the token call. */
    BEARER_TOKEN
}
