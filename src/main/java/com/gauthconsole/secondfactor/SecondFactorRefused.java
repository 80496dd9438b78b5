package com.gauthconsole.secondfactor;

/** Why a change of one's own second factor was not made, and which field it is about. */
final class SecondFactorRefused extends RuntimeException {

    private final String field;

    private SecondFactorRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    static SecondFactorRefused wrongCode() {
        return new SecondFactorRefused(
                "code", "This is not the current code of your app. Check that its clock is right and try again.");
    }

    static SecondFactorRefused wrongProof() {
        return new SecondFactorRefused("proof", "This is neither your password nor a current code of your app.");
    }

    static SecondFactorRefused tooManyTries(String field) {
        return new SecondFactorRefused(
                field, "Too many wrong passwords or codes for your name: try again in a quarter of an hour.");
    }

    static SecondFactorRefused requiredForAdministrators() {
        return new SecondFactorRefused(
                "proof", "Administrators must keep a second factor here: this console requires one for them.");
    }

    String field() {
        return field;
    }
}
