package com.gauthconsole.secondfactor;

/** A one-time code of the person's app, or at sign-in one of their recovery codes; never shown again. */
record CodeForm(String code) {

    /** Longer than any code or recovery code: refused before it is counted, hashed or compared. */
    static final int MAX_LENGTH = 40;

    static CodeForm blank() {
        return new CodeForm("");
    }

    boolean isBlank() {
        return code == null || code.isBlank();
    }

    /** What is checked: the typed code, or "" when it is blank or longer than any code could be. */
    String typed() {
        return isBlank() || code.length() > MAX_LENGTH ? "" : code;
    }

    @Override
    public String toString() {
        return "CodeForm[code=[REDACTED]]";
    }
}
