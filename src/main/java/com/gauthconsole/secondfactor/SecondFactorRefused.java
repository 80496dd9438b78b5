package com.gauthconsole.secondfactor;

/** Why a change of one's own second factor was not made; the form that asked shows it at its field. */
final class SecondFactorRefused extends RuntimeException {

    private SecondFactorRefused(String message) {
        super(message);
    }

    static SecondFactorRefused wrongCode() {
        return new SecondFactorRefused(
                "This is not the current code of your app. Check that its clock is right and try again.");
    }

    static SecondFactorRefused wrongProof() {
        return new SecondFactorRefused("This is neither your password nor a current code of your app.");
    }

    static SecondFactorRefused tooManyTries() {
        return new SecondFactorRefused(
                "Too many wrong passwords or codes for your name: try again in a quarter of an hour.");
    }

    static SecondFactorRefused requiredForAdministrators() {
        return new SecondFactorRefused(
                "Administrators must keep a second factor here: this console requires one for them.");
    }
}
