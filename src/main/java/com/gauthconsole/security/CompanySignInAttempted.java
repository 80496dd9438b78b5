package com.gauthconsole.security;

/**
 * Published for every sign-in through the company's identity provider that came back to the console.
 *
 * @param outcome signed in, refused for want of a role, or failed at the protocol (state, token, signature)
 * @param username the name the provider gave, or null when the sign-in failed before one was known
 * @param provider the registration id of the provider, e.g. {@code company}
 * @param address the client's address, as seen through trusted proxies
 * @param detail the roles given, or the OAuth 2 error code of a failure; never a token
 */
public record CompanySignInAttempted(Outcome outcome, String username, String provider, String address, String detail) {

    public enum Outcome {
        SUCCEEDED,
        REFUSED,
        FAILED
    }
}
