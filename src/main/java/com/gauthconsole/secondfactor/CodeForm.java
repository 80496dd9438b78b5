package com.gauthconsole.secondfactor;

/** A one-time code of the person's app, or at sign-in one of their recovery codes; never shown again. */
record CodeForm(String code) {

    static CodeForm blank() {
        return new CodeForm("");
    }

    boolean isBlank() {
        return code == null || code.isBlank();
    }
}
